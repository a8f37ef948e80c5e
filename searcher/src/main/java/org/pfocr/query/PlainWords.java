package org.pfocr.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;
import org.pfocr.analysis.FigureAnalyzer;
import org.pfocr.schema.FigureFields;

/** Reads the words of a query as typed, without synonyms: to count them and to find them in the text. */
final class PlainWords {

    /** The analyzer that reads them. */
    static final Analyzer ANALYZER = FigureAnalyzer.forQueries();

    private PlainWords() {
    }

    /** A word as typed: its analysed term and where it is in the text. */
    record TypedWord(String term, int start, int end) {
    }

    /** How many words {@code text} has once stop words are left out. */
    static int count(String text) {
        try (TokenStream tokens = ANALYZER.tokenStream(FigureFields.CAPTION, text)) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words typed in the stretch of {@code text} that the paths leaving a graph node cover
     * (a rule's sides cover all the words they replace).
     */
    static List<TypedWord> typedWords(String text, List<AttributeSource> leaving) {
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (AttributeSource token : leaving) {
            OffsetAttribute offsets = token.addAttribute(OffsetAttribute.class);
            from = Math.min(from, offsets.startOffset());
            to = Math.max(to, offsets.endOffset());
        }
        List<TypedWord> words = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(FigureFields.CAPTION, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (offsets.startOffset() >= from && offsets.endOffset() <= to) {
                    words.add(new TypedWord(term.toString(), offsets.startOffset(), offsets.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
