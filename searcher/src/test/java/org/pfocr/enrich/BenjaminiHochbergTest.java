package org.pfocr.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    @Test
    void agreesWithTheDefinitionOnRandomPValues() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int given = 1 + random.nextInt(60);
            int tests = given + random.nextInt(40);
            double[] p = new double[given];
            for (int i = 0; i < given; i++) {
                p[i] = random.nextInt(5) == 0 ? p[Math.max(0, i - 1)] : Math.pow(random.nextDouble(), 4);
            }
            Arrays.sort(p);
            double[] logQ = BenjaminiHochberg.logQValues(Arrays.stream(p).map(Math::log).toArray(), tests);
            for (int i = 0; i < given; i++) {
                double expected = 1;
                for (int j = i; j < tests; j++) {
                    double pj = j < given ? p[j] : 1;
                    expected = Math.min(expected, pj * tests / (j + 1));
                }
                assertEquals(expected, Math.exp(logQ[i]), 1e-12 * Math.max(expected, 1e-300), "q " + i);
                assertTrue(i == 0 || logQ[i] >= logQ[i - 1], "q-values must not decrease");
            }
        }
    }

    @Test
    void capsAtOneAndTiesShareTheirQValue() {
        double[] logQ = BenjaminiHochberg.logQValues(
                new double[] {Math.log(0.01), Math.log(0.02), Math.log(0.02), Math.log(0.9)}, 8);
        // 0.01 * 8 / 1 is lowered to the q-value of the later ties, 0.02 * 8 / 3; 0.9 * 8 / 4 is capped
        double tied = 0.02 * 8 / 3;
        assertArrayEquals(new double[] {tied, tied, tied, 1}, Arrays.stream(logQ).map(Math::exp).toArray(), 1e-12);
    }

    @Test
    void keepsPValuesBeyondDoublesApart() {
        double[] logQ = BenjaminiHochberg.logQValues(new double[] {-2000, -1000}, 10);
        assertEquals(-1000 + Math.log(10.0 / 2), logQ[1], 1e-9);
        assertEquals(-2000 + Math.log(10.0), logQ[0], 1e-9);
    }

    @Test
    void refusesFewerTestsThanPValues() {
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.logQValues(new double[3], 2));
    }
}
