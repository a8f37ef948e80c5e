package org.pfocr.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OddsRatioTest {

    @Test
    void plainRatioWhenNoCellIsZero() {
        // list 10, set 20, overlap 4, background 100: cells 4, 6, 16, 74
        assertEquals(4.0 * 74 / (6 * 16), OddsRatio.of(4, 100, 20, 10), 1e-12);
    }

    @Test
    void haldaneAnscombeWhenACellIsZero() {
        // the whole list is in the set: cells 5, 0, 5, 90
        assertEquals(5.5 * 90.5 / (0.5 * 5.5), OddsRatio.of(5, 100, 10, 5), 1e-12);
        // no overlap: cells 0, 5, 10, 85
        assertEquals(0.5 * 85.5 / (5.5 * 10.5), OddsRatio.of(0, 100, 10, 5), 1e-12);
    }

    @Test
    void refusesAnImpossibleTable() {
        assertThrows(IllegalArgumentException.class, () -> OddsRatio.of(6, 100, 10, 5));
        assertThrows(IllegalArgumentException.class, () -> OddsRatio.of(1, 10, 8, 8));
    }
}
