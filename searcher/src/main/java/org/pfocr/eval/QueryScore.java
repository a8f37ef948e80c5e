package org.pfocr.eval;

import java.util.List;
import java.util.Objects;

/**
 * How well one query ranked.
 *
 * @param id the query id
 * @param query the query as typed
 * @param ndcg10 nDCG@10
 * @param reciprocalRank 1 / rank of the first relevant figure, 0 when none is in the top 20
 * @param recall20 share of the relevant figures found in the top 20
 * @param relevant how many figures are judged relevant
 * @param relevantInTop10 how many relevant figures are in the top 10
 * @param ranked the figids of the top 20 hits, best first
 */
public record QueryScore(
        String id, String query, double ndcg10, double reciprocalRank, double recall20,
        int relevant, int relevantInTop10, List<String> ranked) {

    public QueryScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        ranked = List.copyOf(ranked);
    }

    /** The value of {@code metric} for this query. */
    public double value(Metric metric) {
        return switch (metric) {
            case NDCG_10 -> ndcg10;
            case MRR -> reciprocalRank;
            case RECALL_20 -> recall20;
        };
    }
}
