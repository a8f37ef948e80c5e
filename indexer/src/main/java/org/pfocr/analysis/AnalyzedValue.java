package org.pfocr.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * What an analyzer made of one field value, as the index reads it: each token's term, position
 * increment and offsets, and the position increment and offset after the last token.
 *
 * @param terms the tokens' terms (not to be changed)
 * @param positionIncrements each token's position increment
 * @param startOffsets each token's start offset
 * @param endOffsets each token's end offset
 * @param finalPositionIncrement the position increment the stream ends with (stop words at its end)
 * @param finalOffset the offset the stream ends with
 */
record AnalyzedValue(BytesRef[] terms, int[] positionIncrements, int[] startOffsets, int[] endOffsets,
        int finalPositionIncrement, int finalOffset) {

    /**
     * The tokens {@code analyzer} makes of {@code value} in {@code field}, or {@code null} when
     * they carry what this does not keep (payloads, term frequencies other than one).
     */
    static AnalyzedValue of(Analyzer analyzer, String field, String value) {
        List<BytesRef> terms = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, value)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            PayloadAttribute payload = stream.getAttribute(PayloadAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (frequency.getTermFrequency() != 1 || payload != null && payload.getPayload() != null) {
                    return null;
                }
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
                tokens.add(new int[] {position.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
            }
            stream.end();
            int[] increments = new int[tokens.size()];
            int[] starts = new int[tokens.size()];
            int[] ends = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                increments[i] = tokens.get(i)[0];
                starts[i] = tokens.get(i)[1];
                ends[i] = tokens.get(i)[2];
            }
            return new AnalyzedValue(terms.toArray(BytesRef[]::new), increments, starts, ends,
                    position.getPositionIncrement(), offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    /** The approximate bytes this holds on the heap: the record, its four arrays, and each term's object and bytes. */
    long bytes() {
        long bytes = 32 + 4 * 16;
        for (BytesRef term : terms) {
            bytes += 8 + 32 + 16 + term.length + 3 * Integer.BYTES;
        }
        return bytes;
    }
}
