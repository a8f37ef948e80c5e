package org.pfocr.analysis;

import java.util.Arrays;

/**
 * How the offsets of a rewritten text map back to the text before the rewrite, recorded and
 * read as Lucene's {@link org.apache.lucene.analysis.charfilter.BaseCharFilter} does: from each
 * recorded offset of the rewritten text on, adding that offset's cumulative difference gives the
 * offset in the text before.
 */
final class OffsetCorrections {

    private int[] offsets = new int[8];
    private int[] diffs = new int[8];
    private int size;

    /**
     * Records that from {@code offset} of the rewritten text on, the text before is
     * {@code cumulativeDiff} characters further; offsets come in increasing order, and a second
     * record at the same offset replaces the first.
     */
    void add(int offset, int cumulativeDiff) {
        if (size > 0 && offsets[size - 1] == offset) {
            diffs[size - 1] = cumulativeDiff;
            return;
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            diffs = Arrays.copyOf(diffs, size * 2);
        }
        offsets[size] = offset;
        diffs[size++] = cumulativeDiff;
    }

    /** The difference recorded last, 0 when none is. */
    int lastDiff() {
        return size == 0 ? 0 : diffs[size - 1];
    }

    /** The offset in the text before of {@code offset} in the rewritten text. */
    int correct(int offset) {
        int index = Arrays.binarySearch(offsets, 0, size, offset);
        if (index < -1) {
            index = -2 - index;
        }
        return offset + (index < 0 ? 0 : diffs[index]);
    }
}
