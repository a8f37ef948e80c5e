package org.pfocr.enrich;

/**
 * The hypergeometric distribution of a gene-set overlap, in log space so that tails far below
 * {@link Double#MIN_VALUE} keep their ordering: drawing {@code n} genes (the list) from a
 * background of {@code N}, of which {@code K} are marked (the figure's genes), {@code X} is how
 * many drawn genes are marked. {@code P(X >= k)} is the one-sided p-value of Fisher's exact test
 * for over-representation.
 */
public final class Hypergeometric {

    /** A remaining tail below this fraction of the sum so far is left out. */
    private static final double NEGLIGIBLE = 0x1p-60;

    private Hypergeometric() {
    }

    /**
     * {@code ln P(X = x)}; {@code -Infinity} outside the support.
     *
     * @throws IllegalArgumentException unless {@code 0 <= K <= N} and {@code 0 <= n <= N}
     */
    public static double logProbability(int x, int population, int marked, int drawn) {
        check(population, marked, drawn);
        if (x < Math.max(0, drawn + marked - population) || x > Math.min(drawn, marked)) {
            return Double.NEGATIVE_INFINITY;
        }
        double p = (double) drawn / population;
        double q = (double) (population - drawn) / population;
        return LogBinomial.logProbability(x, marked, p, q)
                + LogBinomial.logProbability(drawn - x, population - marked, p, q)
                - LogBinomial.logProbability(drawn, population, p, q);
    }

    /**
     * {@code ln P(X >= k)}: 0 when {@code k} is at or below the support, {@code -Infinity} above it.
     * Sums the pmf from {@code k} outwards when {@code k} lies above the mode (terms fall off
     * geometrically), otherwise takes the complement of the lower tail, which is then at most about
     * one half, so nothing cancels badly.
     *
     * @param k the observed overlap
     * @param population background size {@code N}
     * @param marked marked genes {@code K} (the figure's gene set)
     * @param drawn drawn genes {@code n} (the list)
     * @throws IllegalArgumentException unless {@code 0 <= K <= N} and {@code 0 <= n <= N}
     */
    public static double logUpperTail(int k, int population, int marked, int drawn) {
        check(population, marked, drawn);
        int low = Math.max(0, drawn + marked - population);
        int high = Math.min(drawn, marked);
        if (k <= low) {
            return 0;
        }
        if (k > high) {
            return Double.NEGATIVE_INFINITY;
        }
        long mode = (long) Math.floor(((double) drawn + 1) * ((double) marked + 1) / ((double) population + 2));
        if (k > mode) {
            double relative = relativeTailSum(k, high, population, marked, drawn, true);
            return logProbability(k, population, marked, drawn) + Math.log(relative);
        }
        double relative = relativeTailSum(k - 1, low, population, marked, drawn, false);
        double lower = Math.exp(logProbability(k - 1, population, marked, drawn)) * relative;
        return Math.log1p(-Math.min(lower, 1.0));
    }

    /** {@code P(X >= k)}; underflows to 0 below about 1e-308 (use {@link #logUpperTail} there). */
    public static double upperTail(int k, int population, int marked, int drawn) {
        return Math.exp(logUpperTail(k, population, marked, drawn));
    }

    /**
     * The pmf summed from {@code from} to {@code to} (upwards or downwards), relative to the pmf at
     * {@code from}, by the ratio of consecutive terms; the terms fall away from the mode, so every
     * ratio is at most 1 and the sum cannot overflow.
     */
    private static double relativeTailSum(int from, int to, int population, int marked, int drawn, boolean upwards) {
        double rest = (double) population - marked - drawn;
        double sum = 1;
        double term = 1;
        int x = from;
        while (x != to) {
            double ratio = upwards
                    ? ((double) (marked - x) * (drawn - x)) / ((x + 1.0) * (rest + x + 1))
                    : ((double) x * (rest + x)) / (((double) marked - x + 1) * ((double) drawn - x + 1));
            term *= ratio;
            sum += term;
            x += upwards ? 1 : -1;
            // ratios shrink away from the mode, so the rest is below term * ratio / (1 - ratio)
            if (ratio < 1 && term * ratio < NEGLIGIBLE * sum * (1 - ratio)) {
                break;
            }
        }
        return sum;
    }

    private static void check(int population, int marked, int drawn) {
        if (population < 0 || marked < 0 || drawn < 0 || marked > population || drawn > population) {
            throw new IllegalArgumentException("need 0 <= K <= N and 0 <= n <= N, got N=" + population
                    + " K=" + marked + " n=" + drawn);
        }
    }
}
