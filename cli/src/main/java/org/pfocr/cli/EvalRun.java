package org.pfocr.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pfocr.eval.EvaluationReport;
import org.pfocr.eval.Evaluator;
import org.pfocr.eval.JudgedQuery;
import org.pfocr.eval.PinnedScores;
import org.pfocr.eval.Qrels;
import org.pfocr.eval.QueriesFile;
import org.pfocr.eval.ScoreTable;
import org.pfocr.json.JsonOutput;
import org.pfocr.query.QueryException;
import org.pfocr.record.FileErrors;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.FileAccess;

/**
 * Runs {@code pfocr eval}: every judged query through the searcher, the scores per query and
 * overall, and, with {@code --regression}, the drops below the pinned scores (exit 1 if any).
 */
final class EvalRun {

    /** A score this much below its pin is a drop; pins are rounded to three decimals. */
    private static final double TOLERANCE = 0.0005;

    private EvalRun() {
    }

    /** A pin for a query the set no longer has would pass unnoticed for ever. */
    private static void refuseStalePins(EvalCommand command, PinnedScores pinned, List<JudgedQuery> queries) {
        Set<String> ids = queries.stream().map(JudgedQuery::id).collect(Collectors.toSet());
        List<String> stale = pinned.ids().stream().filter(id -> !id.equals(PinnedScores.OVERALL) && !ids.contains(id)).toList();
        if (!stale.isEmpty()) {
            throw CliFailure.usage(command.regression + " pins queries that " + command.queries + " does not have ("
                    + String.join(", ", stale) + "): remove their lines, or add the queries back", null);
        }
    }

    /** Judgments that no ranking can meet deserve a word, or low scores would be blamed on the search. */
    private static void warnOfRelevantNotIndexed(EvalCommand command, List<String> figids) {
        if (figids.isEmpty()) {
            return;
        }
        String named = String.join(", ", figids.subList(0, Math.min(3, figids.size()))) + (figids.size() > 3 ? ", …" : "");
        command.err().println("pfocr: warning: " + command.qrels + ": " + figids.size() + " figure(s) judged relevant"
                + " are not in the index (" + named + "): their queries cannot reach full scores; check that the"
                + " judgments are for this index");
        command.err().flush();
    }

    static int run(EvalCommand command) {
        EvaluationReport report;
        PinnedScores pinned;
        try {
            List<JudgedQuery> queries = QueriesFile.read(command.queries);
            Qrels qrels = Qrels.read(command.qrels);
            pinned = command.regression == null ? null : PinnedScores.read(command.regression);
            if (pinned != null) {
                refuseStalePins(command, pinned, queries);
            }
            try (FigureSearcher searcher = IndexAccess.open(command.indexDirectory(), command.defaultIndex(), command.err(),
                    FileAccess.MAPPED)) {
                Evaluator evaluator = new Evaluator(searcher);
                report = evaluator.evaluate(queries, qrels);
                warnOfRelevantNotIndexed(command, evaluator.relevantButNotIndexed(queries, qrels));
            }
        } catch (QueryException e) {
            throw CliFailure.usage(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage() + " (queries " + command.queries + ", judgments " + command.qrels + ")", e);
        } catch (IOException e) {
            throw new CliFailure("cannot evaluate: " + FileErrors.describe(e), e);
        }
        if (command.report.format == ReportFormat.json) {
            JsonOutput.writeLine(command.out(), report);
        } else {
            command.out().print(ScoreTable.format(report));
        }
        command.out().flush();
        if (pinned == null) {
            return 0;
        }
        List<PinnedScores.Change> drops = pinned.compare(report, TOLERANCE).stream().filter(PinnedScores.Change::isDrop).toList();
        if (drops.isEmpty()) {
            command.err().println("pfocr: no score is below its pin in " + command.regression);
            command.err().flush();
            return 0;
        }
        command.err().print(ScoreTable.format(drops));
        command.err().println("pfocr: error: " + drops.size() + " score(s) below their pins in " + command.regression);
        command.err().flush();
        return 1;
    }
}
