package org.pfocr.enrich;

/**
 * Logarithms of binomial probabilities, accurate to a few ulps even far out in the tails, by
 * Loader's saddle-point expansion ("Fast and accurate computation of binomial probabilities",
 * 2000): the probability is written as Stirling-series corrections and deviance terms that are
 * small numbers, so nothing large cancels as it would in {@code lnC(n,x) + x ln p + ...}.
 */
final class LogBinomial {

    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LN_2PI = Math.log(2 * Math.PI);
    /** Below this argument {@link #stirlingError} comes from a table, above it from the series. */
    private static final int TABLE_SIZE = 16;
    private static final double[] STIRLING_ERRORS = stirlingErrorTable();

    private LogBinomial() {
    }

    /**
     * {@code ln P(X = x)} for {@code X ~ Binomial(n, p)}, with {@code q = 1 - p} given separately
     * so that it keeps its precision; {@code -Infinity} outside {@code 0..n}.
     */
    static double logProbability(int x, int n, double p, double q) {
        if (x < 0 || x > n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0) {
            return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (q == 0) {
            return x == n ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return n == 0 ? 0 : p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
        }
        if (x == n) {
            return q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
        }
        double corrections = stirlingError(n) - stirlingError(x) - stirlingError(n - x)
                - deviance(x, n * p) - deviance(n - x, n * q);
        double logScale = LN_2PI + Math.log(x) + Math.log1p(-(double) x / n);
        return corrections - 0.5 * logScale;
    }

    /** {@code ln(n!) - ln(sqrt(2 pi n) (n/e)^n)}, for {@code n >= 1}. */
    static double stirlingError(int n) {
        if (n < TABLE_SIZE) {
            return STIRLING_ERRORS[n];
        }
        double nn = (double) n * n;
        final double s0 = 1.0 / 12;
        final double s1 = 1.0 / 360;
        final double s2 = 1.0 / 1260;
        final double s3 = 1.0 / 1680;
        final double s4 = 1.0 / 1188;
        if (n > 500) {
            return (s0 - s1 / nn) / n;
        }
        if (n > 80) {
            return (s0 - (s1 - s2 / nn) / nn) / n;
        }
        if (n > 35) {
            return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /** The deviance {@code x ln(x / np) + np - x}, by its series when {@code x} is close to {@code np}. */
    static double deviance(double x, double np) {
        double diff = x - np;
        if (Math.abs(diff) < 0.1 * (x + np)) {
            double v = diff / (x + np);
            double sum = diff * v;
            double term = 2 * x * v;
            double v2 = v * v;
            for (int j = 1; ; j++) {
                term *= v2;
                double next = sum + term / (2 * j + 1);
                if (next == sum) {
                    return next;
                }
                sum = next;
            }
        }
        return x * Math.log(x / np) + np - x;
    }

    /** Stirling errors of 1..15 from exact factorials (15! is exact in a double). */
    private static double[] stirlingErrorTable() {
        double[] table = new double[TABLE_SIZE];
        double factorial = 1;
        for (int n = 1; n < TABLE_SIZE; n++) {
            factorial *= n;
            table[n] = Math.log(factorial) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
        }
        return table;
    }
}
