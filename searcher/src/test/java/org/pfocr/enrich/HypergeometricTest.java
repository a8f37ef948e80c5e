package org.pfocr.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

/** The upper tail against commons-math3, and far tails against exact rational arithmetic. */
class HypergeometricTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void upperTailAgreesWithCommonsMathOnRandomCases() {
        Random random = new Random(20260427);
        int compared = 0;
        for (int i = 0; i < 5000; i++) {
            int population = 1 + (int) Math.pow(60000, random.nextDouble());
            int marked = random.nextInt(4) == 0 ? random.nextInt(population + 1)
                    : Math.min(population, random.nextInt(Math.min(population, 600) + 1));
            int drawn = random.nextInt(4) == 0 ? random.nextInt(population + 1)
                    : Math.min(population, random.nextInt(Math.min(population, 300) + 1));
            int low = Math.max(0, drawn + marked - population);
            int high = Math.min(drawn, marked);
            int k = low + random.nextInt(high - low + 2);
            double expected = new HypergeometricDistribution(null, population, marked, drawn)
                    .upperCumulativeProbability(k);
            double actual = Hypergeometric.upperTail(k, population, marked, drawn);
            String message = "P(X >= " + k + ") for N=" + population + " K=" + marked + " n=" + drawn;
            if (expected > 1e-290) {
                assertRelative(expected, actual, message);
                compared++;
            } else {
                assertTrue(actual < 1e-280, message + ": " + actual + " but commons-math gives " + expected);
            }
        }
        assertTrue(compared > 4000, "too few comparable cases: " + compared);
    }

    @Test
    void upperTailsFarOutAgreeWithExactArithmetic() {
        int[][] cases = {{20000, 300, 300}, {5000, 400, 400}, {60000, 1000, 700}, {20000, 100, 100}};
        int[] log10Targets = {-250, -300, -306, -320, -600};
        Set<String> checked = new HashSet<>();
        double deepest = 0;
        for (int[] c : cases) {
            for (int log10Target : log10Targets) {
                int k = kNearest(log10Target * Math.log(10), c[0], c[1], c[2]);
                if (!checked.add(c[0] + " " + c[1] + " " + c[2] + " " + k)) {
                    continue;
                }
                double exact = exactLogUpperTail(k, c[0], c[1], c[2]);
                double actual = Hypergeometric.logUpperTail(k, c[0], c[1], c[2]);
                assertTrue(Math.abs(Math.expm1(actual - exact)) <= TOLERANCE, "ln P(X >= " + k + ") for N=" + c[0]
                        + " K=" + c[1] + " n=" + c[2] + ": " + actual + " but exactly " + exact);
                deepest = Math.min(deepest, exact);
            }
        }
        assertTrue(checked.size() >= 15, "too few distinct cases: " + checked);
        assertTrue(deepest < -500 * Math.log(10), "no tail beyond 1e-500 was checked");
    }

    @Test
    void tailsNear1eMinus300AreStillDoubles() {
        int k = kNearest(Math.log(1e-300), 20000, 300, 300);
        double p = Hypergeometric.upperTail(k, 20000, 300, 300);
        assertTrue(p > 1e-310 && p < 1e-290, "p = " + p);
        assertRelative(Math.exp(exactLogUpperTail(k, 20000, 300, 300)), p, "P(X >= " + k + ")");
    }

    @Test
    void probabilitiesSumToOne() {
        int[][] cases = {{50, 10, 20}, {1000, 999, 500}, {30000, 300, 150}, {7, 7, 7}, {10, 0, 5}, {10, 5, 0}};
        for (int[] c : cases) {
            double sum = 0;
            for (int x = 0; x <= Math.min(c[1], c[2]); x++) {
                sum += Math.exp(Hypergeometric.logProbability(x, c[0], c[1], c[2]));
            }
            assertEquals(1.0, sum, 1e-12, "N=" + c[0] + " K=" + c[1] + " n=" + c[2]);
        }
    }

    @Test
    void edgesOfTheSupport() {
        assertEquals(0.0, Hypergeometric.logUpperTail(0, 100, 10, 10));
        assertEquals(0.0, Hypergeometric.logUpperTail(-3, 100, 10, 10));
        assertEquals(Double.NEGATIVE_INFINITY, Hypergeometric.logUpperTail(11, 100, 10, 10));
        // with N=100, K=60, n=60 at least 20 marked genes are always drawn
        assertEquals(0.0, Hypergeometric.logUpperTail(20, 100, 60, 60));
        assertEquals(1.0, Hypergeometric.upperTail(5, 5, 5, 5));
        assertEquals(Double.NEGATIVE_INFINITY, Hypergeometric.logProbability(3, 100, 2, 10));
    }

    @Test
    void refusesImpossibleTables() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.logUpperTail(1, 10, 11, 3));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.logUpperTail(1, 10, 3, 11));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.logUpperTail(1, 10, -1, 3));
    }

    private static void assertRelative(double expected, double actual, String message) {
        double error = Math.abs(actual - expected) / Math.max(expected, Double.MIN_NORMAL);
        assertTrue(error <= TOLERANCE, message + ": " + actual + " but expected " + expected + " (relative error "
                + error + ")");
    }

    /** The overlap whose upper tail (by the code under test) is nearest {@code logTarget}. */
    private static int kNearest(double logTarget, int population, int marked, int drawn) {
        int best = 0;
        for (int k = 0; k <= Math.min(marked, drawn); k++) {
            double distance = Math.abs(Hypergeometric.logUpperTail(k, population, marked, drawn) - logTarget);
            if (distance < Math.abs(Hypergeometric.logUpperTail(best, population, marked, drawn) - logTarget)) {
                best = k;
            }
        }
        return best;
    }

    /** ln P(X >= k) from exact binomial coefficients, to about 40 significant digits. */
    private static double exactLogUpperTail(int k, int population, int marked, int drawn) {
        BigInteger ways = BigInteger.ZERO;
        for (int x = k; x <= Math.min(marked, drawn); x++) {
            ways = ways.add(binomial(marked, x).multiply(binomial(population - marked, drawn - x)));
        }
        BigDecimal p = new BigDecimal(ways).divide(new BigDecimal(binomial(population, drawn)), new MathContext(40));
        BigInteger digits = p.unscaledValue();
        int extra = digits.toString().length() - 17;
        double mantissa = new BigDecimal(digits).movePointLeft(Math.max(0, extra)).doubleValue();
        return Math.log(mantissa) + (Math.max(0, extra) - p.scale()) * Math.log(10);
    }

    private static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < Math.min(k, n - k); i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
