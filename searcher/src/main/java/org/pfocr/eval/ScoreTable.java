package org.pfocr.eval;

import java.util.List;
import java.util.Locale;

/** Plain-text tables of evaluation results, for terminals and test logs. */
public final class ScoreTable {

    private ScoreTable() {
    }

    /** One line per query (scores, relevant figures in the top 10 of all relevant, the query), then the means. */
    public static String format(EvaluationReport report) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-6s %8s %6s %9s %7s  %s%n",
                "qid", Metric.NDCG_10.label(), Metric.MRR.label(), Metric.RECALL_20.label(), "rel@10", "query"));
        for (QueryScore score : report.queries()) {
            table.append(String.format(Locale.ROOT, "%-6s %8.3f %6.3f %9.3f %7s  %s%n", score.id(), score.ndcg10(),
                    score.reciprocalRank(), score.recall20(), score.relevantInTop10() + "/" + score.relevant(),
                    score.query()));
        }
        table.append(String.format(Locale.ROOT, "%-6s %8.3f %6.3f %9.3f %7s  (%d queries)%n", PinnedScores.OVERALL,
                report.ndcg10(), report.mrr(), report.recall20(), "", report.queries().size()));
        return table.toString();
    }

    /** One line per changed score: id, measure, pinned value, value now, difference. */
    public static String format(List<PinnedScores.Change> changes) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-6s %-10s %7s %7s %7s%n",
                "qid", "metric", "pinned", "now", "diff"));
        for (PinnedScores.Change change : changes) {
            table.append(String.format(Locale.ROOT, "%-6s %-10s %7.3f %7.3f %+7.3f%n", change.id(),
                    change.metric().label(), change.pinned(), change.actual(), change.actual() - change.pinned()));
        }
        return table.toString();
    }
}
