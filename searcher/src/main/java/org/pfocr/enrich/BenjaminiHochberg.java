package org.pfocr.enrich;

/**
 * Benjamini–Hochberg false discovery rates (q-values), in log space: {@code q(i) = min over j >= i
 * of min(1, p(j) m / j)} for p-values sorted ascending, ranks from 1. Monotone in {@code p}, capped
 * at 1, equal for equal p-values.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * The log q-values of the {@code sortedLogP.length} smallest of {@code tests} p-values; the
     * tests not given are taken to have p = 1 (they cannot lower any q-value).
     *
     * @param sortedLogP natural logs of the smallest p-values, ascending
     * @param tests how many tests were made in all, at least {@code sortedLogP.length}
     * @throws IllegalArgumentException when {@code tests < sortedLogP.length}
     */
    public static double[] logQValues(double[] sortedLogP, int tests) {
        if (tests < sortedLogP.length) {
            throw new IllegalArgumentException(sortedLogP.length + " p-values but only " + tests + " tests");
        }
        double logTests = Math.log(tests);
        double[] logQ = new double[sortedLogP.length];
        double running = 0;
        for (int i = sortedLogP.length - 1; i >= 0; i--) {
            running = Math.min(running, sortedLogP[i] + logTests - Math.log(i + 1));
            logQ[i] = running;
        }
        return logQ;
    }
}
