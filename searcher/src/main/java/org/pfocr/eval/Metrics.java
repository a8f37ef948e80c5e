package org.pfocr.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking-quality measures of one ranked list against graded judgments, as IR toolkits compute
 * them ({@code trec_eval}, Anserini). {@code ranked} holds figids best first; {@code grades} maps
 * judged figids to their grade; a figure not in {@code grades} has grade 0. A figure is
 * <em>relevant</em> when its grade is 1 or more.
 * <ul>
 *   <li><b>nDCG@k</b> = DCG@k / IDCG@k, where DCG@k = &Sigma;<sub>i=1..k</sub>
 *       grade(d<sub>i</sub>) / log<sub>2</sub>(i + 1) over the ranked figures d<sub>1</sub>,
 *       d<sub>2</sub>, ... (gain = grade, so a grade-2 figure counts twice a grade-1 figure), and
 *       IDCG@k is the DCG@k of the ideal ranking: all judged grades sorted from high to low.
 *       1 when the top k is as good as the judgments allow; 0 when nothing relevant is ranked
 *       in it (or nothing is judged relevant).</li>
 *   <li><b>Reciprocal rank</b> = 1 / rank of the first relevant figure, 0 when none is ranked;
 *       its mean over queries is MRR.</li>
 *   <li><b>Recall@k</b> = relevant figures in the top k / all relevant figures (0 when none is
 *       judged relevant).</li>
 * </ul>
 */
public final class Metrics {

    /** Cut-off of nDCG. */
    public static final int NDCG_DEPTH = 10;
    /** Cut-off of recall, and how many hits an evaluation fetches. */
    public static final int RECALL_DEPTH = 20;

    private Metrics() {
    }

    /** Discounted cumulative gain of the first {@code k} figures of {@code ranked}. */
    public static double dcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            sum += gain(grades.getOrDefault(ranked.get(i), 0), i + 1);
        }
        return sum;
    }

    /** The best DCG@k any ranking can reach: the judged grades from high to low. */
    public static double idealDcg(Map<String, Integer> grades, int k) {
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList();
        double sum = 0;
        for (int i = 0; i < ideal.size(); i++) {
            sum += gain(ideal.get(i), i + 1);
        }
        return sum;
    }

    /** Normalised DCG at depth {@code k}, between 0 and 1. */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double ideal = idealDcg(grades, k);
        return ideal == 0 ? 0 : dcg(ranked, grades, k) / ideal;
    }

    /** 1 / the rank of the first relevant figure in {@code ranked}; 0 when there is none. */
    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The share of relevant figures found in the first {@code k} of {@code ranked}. */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(grade -> grade > 0).count();
        return relevant == 0 ? 0 : (double) relevantIn(ranked, grades, k) / relevant;
    }

    /** How many of the first {@code k} figures of {@code ranked} are relevant. */
    public static int relevantIn(List<String> ranked, Map<String, Integer> grades, int k) {
        int found = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                found++;
            }
        }
        return found;
    }

    private static double gain(int grade, int rank) {
        return grade / (Math.log(rank + 1) / Math.log(2));
    }
}
