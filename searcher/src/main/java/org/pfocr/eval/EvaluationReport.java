package org.pfocr.eval;

import java.util.List;

/**
 * The scores of a judged query set: per query, in query-file order, and their means.
 *
 * @param queries the per-query scores
 * @param ndcg10 mean nDCG@10
 * @param mrr mean reciprocal rank
 * @param recall20 mean recall@20
 */
public record EvaluationReport(List<QueryScore> queries, double ndcg10, double mrr, double recall20) {

    public EvaluationReport {
        queries = List.copyOf(queries);
    }

    /** The report of {@code queries}, with their means computed. */
    public static EvaluationReport of(List<QueryScore> queries) {
        return new EvaluationReport(queries, mean(queries, Metric.NDCG_10), mean(queries, Metric.MRR),
                mean(queries, Metric.RECALL_20));
    }

    /** The mean of {@code metric} over all queries. */
    public double value(Metric metric) {
        return switch (metric) {
            case NDCG_10 -> ndcg10;
            case MRR -> mrr;
            case RECALL_20 -> recall20;
        };
    }

    /** Queries with no relevant figure in their top 10. */
    public List<QueryScore> withoutRelevantInTop10() {
        return queries.stream().filter(score -> score.relevantInTop10() == 0).toList();
    }

    private static double mean(List<QueryScore> queries, Metric metric) {
        return queries.stream().mapToDouble(score -> score.value(metric)).average().orElse(0);
    }
}
