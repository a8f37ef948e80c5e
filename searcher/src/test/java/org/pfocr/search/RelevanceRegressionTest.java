package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pfocr.eval.EvaluationReport;
import org.pfocr.eval.Evaluator;
import org.pfocr.eval.JudgedQuery;
import org.pfocr.eval.PinnedScores;
import org.pfocr.eval.QueriesFile;
import org.pfocr.eval.QueryScore;
import org.pfocr.eval.Qrels;
import org.pfocr.eval.ScoreTable;

/**
 * The relevance gate: the judged query set of {@code testdata/relevance} on an index of
 * ../shared/pfocr-sample and ../shared/seeds must score at least what {@code regression.tsv}
 * pins, reach the target nDCG@10, and find something relevant in every query's top 10. A score
 * that rose is printed with the file to pin it by.
 */
class RelevanceRegressionTest {

    /** How far a score may lie from its pin, which is rounded to 3 decimals. */
    private static final double TOLERANCE = 0.0005;
    /** The overall nDCG@10 the ranking must reach. */
    private static final double TARGET_NDCG = 0.85;

    private static EvaluationReport report;
    private static Path relevance;

    @BeforeAll
    static void evaluate() throws Exception {
        FigureSearcher searcher = TestIndexes.sharedSearcher();
        relevance = TestIndexes.testdata().resolve("relevance");
        List<JudgedQuery> queries = QueriesFile.read(relevance.resolve("queries.tsv"));
        report = new Evaluator(searcher).evaluate(queries, Qrels.read(relevance.resolve("qrels.txt")));
        System.out.println("Relevance of testdata/relevance on ../shared:\n" + ScoreTable.format(report));
    }

    @Test
    void noScoreFallsBelowItsPin() throws Exception {
        PinnedScores pinned = PinnedScores.read(relevance.resolve("regression.tsv"));
        List<String> expected = new ArrayList<>(List.of(PinnedScores.OVERALL));
        report.queries().forEach(query -> expected.add(query.id()));
        assertEquals(expected, pinned.ids(), "regression.tsv must pin ALL and every query, in query order; "
                + "scores now:\n" + PinnedScores.of(report).format("re-pinned"));
        List<PinnedScores.Change> changes = pinned.compare(report, TOLERANCE);
        List<PinnedScores.Change> drops = changes.stream().filter(PinnedScores.Change::isDrop).toList();
        List<PinnedScores.Change> rises = changes.stream().filter(change -> !change.isDrop()).toList();
        if (!rises.isEmpty()) {
            System.out.println("Scores above their pins: raise them in testdata/relevance/regression.tsv, with a note"
                    + " saying what changed:\n" + ScoreTable.format(rises)
                    + "\nThe scores now, to pin:\n" + PinnedScores.of(report).format("re-pinned"));
        }
        if (!drops.isEmpty()) {
            fail("Relevance dropped below the pinned scores in testdata/relevance/regression.tsv:\n"
                    + ScoreTable.format(drops));
        }
    }

    @Test
    void overallNdcgReachesTheTarget() {
        assertTrue(report.ndcg10() >= TARGET_NDCG, String.format(Locale.ROOT,
                "overall nDCG@10 is %.3f, below the target %.2f", report.ndcg10(), TARGET_NDCG));
    }

    @Test
    void everyQueryFindsSomethingRelevantInItsTop10() {
        List<QueryScore> missed = report.withoutRelevantInTop10();
        assertTrue(missed.isEmpty(), () -> "no relevant figure in the top 10 of: " + String.join(", ",
                missed.stream().map(query -> query.id() + " (" + query.query() + ")").toList()));
    }
}
