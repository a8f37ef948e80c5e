package org.pfocr.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;

/**
 * The text {@link CharacterNormalizer} rewrote, read as a {@link CharFilter} whose offsets map
 * back through every rewrite to the original text, so highlights land on what the record says.
 */
final class NormalizedReader extends CharFilter {

    private final String text;
    /** The corrections of each rewrite, in the order the rewrites were made. */
    private final List<OffsetCorrections> rewrites;
    private int position;

    /** Reads {@code text}, made from the text {@code original} reads by {@code rewrites}. */
    NormalizedReader(Reader original, String text, List<OffsetCorrections> rewrites) {
        super(original);
        this.text = text;
        this.rewrites = rewrites;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    /** Undoes the rewrites from the last to the first; an offset never corrects to below 0. */
    @Override
    protected int correct(int offset) {
        int corrected = offset;
        for (int i = rewrites.size() - 1; i >= 0; i--) {
            corrected = Math.max(0, rewrites.get(i).correct(corrected));
        }
        return corrected;
    }
}
