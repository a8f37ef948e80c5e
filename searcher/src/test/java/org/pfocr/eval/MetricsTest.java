package org.pfocr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures against a ranking scored by hand. */
class MetricsTest {

    /** A and C are about the query (2), B and D relevant (1), E judged not relevant (0); X and Y unjudged. */
    private static final Map<String, Integer> GRADES = Map.of("A", 2, "B", 1, "C", 2, "D", 1, "E", 0);
    private static final List<String> RANKED = List.of("X", "A", "E", "B", "Y");
    private static final double EPSILON = 1e-9;

    @Test
    void ndcgOfAHandScoredRanking() {
        // DCG@10  = 0/log2(2) + 2/log2(3) + 0/log2(4) + 1/log2(5) + 0/log2(6)
        //         = 0 + 1.2618595071 + 0 + 0.4306765581 + 0 = 1.6925360652
        // IDCG@10 = grades 2, 2, 1, 1, 0 in that order
        //         = 2/log2(2) + 2/log2(3) + 1/log2(4) + 1/log2(5) + 0
        //         = 2 + 1.2618595071 + 0.5 + 0.4306765581 = 4.1925360652
        // nDCG@10 = 1.6925360652 / 4.1925360652 = 0.4037022077
        assertEquals(1.6925360652, Metrics.dcg(RANKED, GRADES, 10), 1e-9);
        assertEquals(4.1925360652, Metrics.idealDcg(GRADES, 10), 1e-9);
        assertEquals(0.4037022077, Metrics.ndcg(RANKED, GRADES, 10), 1e-9);
    }

    @Test
    void ndcgCutsBothTheRankingAndTheIdealAtTheDepth() {
        // DCG@3 = 2/log2(3) = 1.2618595071; IDCG@3 = 2 + 2/log2(3) + 1/log2(4) = 3.7618595071
        // nDCG@3 = 1.2618595071 / 3.7618595071 = 0.3354350434
        assertEquals(0.3354350434, Metrics.ndcg(RANKED, GRADES, 3), 1e-9);
    }

    @Test
    void reciprocalRankIsThatOfTheFirstRelevantFigure() {
        // X is unjudged, A (rank 2) is relevant: 1/2
        assertEquals(0.5, Metrics.reciprocalRank(RANKED, GRADES), EPSILON);
        // E is judged but grade 0, so it does not count: B at rank 3
        assertEquals(1.0 / 3, Metrics.reciprocalRank(List.of("E", "Y", "B"), GRADES), EPSILON);
        assertEquals(0, Metrics.reciprocalRank(List.of("E", "X"), GRADES), EPSILON);
    }

    @Test
    void recallCountsRelevantFiguresWithinTheDepth() {
        // relevant: A, B, C, D; found in the top 20: A, B -> 2/4; in the top 2: A -> 1/4
        assertEquals(0.5, Metrics.recall(RANKED, GRADES, 20), EPSILON);
        assertEquals(0.25, Metrics.recall(RANKED, GRADES, 2), EPSILON);
        assertEquals(2, Metrics.relevantIn(RANKED, GRADES, 10));
    }

    @Test
    void aPerfectRankingScoresOne() {
        List<String> ideal = List.of("A", "C", "B", "D");
        assertEquals(1, Metrics.ndcg(ideal, GRADES, 10), EPSILON);
        assertEquals(1, Metrics.reciprocalRank(ideal, GRADES), EPSILON);
        assertEquals(1, Metrics.recall(ideal, GRADES, 20), EPSILON);
    }

    @Test
    void swappingGradesLowersNdcg() {
        // B (1) before A (2): 1/1 + 2/log2(3) = 2.2618595071 < 2 + 1/log2(3) = 2.6309297536
        double swapped = Metrics.ndcg(List.of("B", "A"), Map.of("A", 2, "B", 1), 10);
        assertEquals(2.2618595071 / 2.6309297536, swapped, 1e-9);
    }

    @Test
    void nothingRelevantScoresZero() {
        Map<String, Integer> none = Map.of("E", 0);
        assertEquals(0, Metrics.ndcg(RANKED, none, 10), EPSILON);
        assertEquals(0, Metrics.recall(RANKED, none, 20), EPSILON);
        assertEquals(0, Metrics.ndcg(List.of(), GRADES, 10), EPSILON);
    }

    @Test
    void reportMeansAreArithmeticMeansOverQueries() {
        QueryScore first = Evaluator.score(new JudgedQuery("q1", "a", ""), RANKED, GRADES);
        QueryScore second = Evaluator.score(new JudgedQuery("q2", "b", ""), List.of("A", "C", "B", "D"), GRADES);
        EvaluationReport report = EvaluationReport.of(List.of(first, second));
        assertEquals((0.4037022077 + 1) / 2, report.ndcg10(), 1e-9);
        assertEquals((0.5 + 1) / 2, report.mrr(), EPSILON);
        assertEquals((0.5 + 1) / 2, report.recall20(), EPSILON);
        assertEquals(2, first.relevantInTop10());
        assertEquals(4, first.relevant());
        assertEquals(List.of(), report.withoutRelevantInTop10());
        QueryScore missed = Evaluator.score(new JudgedQuery("q3", "c", ""), List.of("E", "X"), GRADES);
        assertEquals(List.of(missed), EvaluationReport.of(List.of(first, missed)).withoutRelevantInTop10());
    }
}
