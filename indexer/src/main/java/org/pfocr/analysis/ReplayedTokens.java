package org.pfocr.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of an {@link AnalyzedValue}, replayed as the analyzer gave them (terms as bytes, as
 * Lucene's own binary token stream). One stream replays value after value ({@link #replay}), as
 * the index writer hands it back to {@link ReplayedField} for each value of its field.
 */
final class ReplayedTokens extends TokenStream {

    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private AnalyzedValue value;
    private int next;

    ReplayedTokens(AnalyzedValue value) {
        this.value = value;
    }

    /** This stream, to replay {@code value} from its {@link #reset}. */
    ReplayedTokens replay(AnalyzedValue value) {
        this.value = value;
        return this;
    }

    @Override
    public boolean incrementToken() {
        if (next == value.terms().length) {
            return false;
        }
        clearAttributes();
        term.setBytesRef(value.terms()[next]);
        position.setPositionIncrement(value.positionIncrements()[next]);
        offset.setOffset(value.startOffsets()[next], value.endOffsets()[next]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        position.setPositionIncrement(value.finalPositionIncrement());
        offset.setOffset(value.finalOffset(), value.finalOffset());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
