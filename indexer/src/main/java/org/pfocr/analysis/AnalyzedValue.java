package org.pfocr.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.ArrayUtil;
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
        BytesRef[] terms = new BytesRef[2];
        int[] increments = new int[terms.length];
        int[] starts = new int[terms.length];
        int[] ends = new int[terms.length];
        int count = 0;
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
                if (count == terms.length) {
                    terms = ArrayUtil.grow(terms, count + 1);
                    increments = ArrayUtil.growExact(increments, terms.length);
                    starts = ArrayUtil.growExact(starts, terms.length);
                    ends = ArrayUtil.growExact(ends, terms.length);
                }
                terms[count] = BytesRef.deepCopyOf(term.getBytesRef());
                increments[count] = position.getPositionIncrement();
                starts[count] = offset.startOffset();
                ends[count] = offset.endOffset();
                count++;
            }
            stream.end();
            return new AnalyzedValue(ArrayUtil.copyOfSubArray(terms, 0, count),
                    ArrayUtil.copyOfSubArray(increments, 0, count), ArrayUtil.copyOfSubArray(starts, 0, count),
                    ArrayUtil.copyOfSubArray(ends, 0, count), position.getPositionIncrement(), offset.endOffset());
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
