package org.pfocr.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** A token as a test sees it: term, position increment, offsets and position length. */
public record Tokens(String term, int positionIncrement, int start, int end, int positionLength) {

    /** Runs {@code text} through {@code analyzer} and returns every token. */
    public static List<Tokens> of(Analyzer analyzer, String text) {
        List<Tokens> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("caption", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Tokens(term.toString(), increment.getPositionIncrement(),
                        offset.startOffset(), offset.endOffset(), length.getPositionLength()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Only the terms, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        return of(analyzer, text).stream().map(Tokens::term).toList();
    }

    @Override
    public String toString() {
        return term + "/+" + positionIncrement + "@" + start + "-" + end + (positionLength == 1 ? "" : "~" + positionLength);
    }
}
