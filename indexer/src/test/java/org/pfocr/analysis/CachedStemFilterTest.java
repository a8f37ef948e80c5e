package org.pfocr.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CachedStemFilterTest {

    private static final CharArraySet KEYWORDS = new CharArraySet(List.of("pathways", "kinases"), false);
    private static final List<String> SUFFIXES = List.of("s", "es", "ies", "ing", "ed", "ation", "ness", "ly", "");

    private final Analyzer kstem = chain(KStemFilter::new);
    private final Analyzer cached = chain(CachedStemFilter::new);

    @Test
    void givesKStemsTokensWordForWordAndLeavesKeywordsAlone() {
        String text = "Signaling pathways and kinases activated the receptors; receptors were phosphorylated "
                + "in cells, mice and flies: signaling, signalling, signaled, studies, studying, aberrantly "
                + "ABC1-dependent x yy IL6 " + "a".repeat(60) + "ing TNF-alpha Signaling pathways";

        List<Tokens> tokens = Tokens.of(cached, text);

        assertEquals(Tokens.of(kstem, text), tokens);
        assertEquals("signal", tokens.get(0).term(), "stems");
        assertEquals("pathways", tokens.get(1).term(), "a keyword stays");
    }

    @Test
    void staysKStemWhenItsMemoryFillsAndStartsAfresh() {
        StringBuilder text = new StringBuilder();
        int words = CachedStemFilter.MAX_WORDS * 2 + 1_000;
        for (int i = 0; i < words; i++) {
            text.append(letters(i % (words / 3))).append(SUFFIXES.get(i % SUFFIXES.size())).append(' ');
        }

        List<String> terms = Tokens.terms(cached, text.toString());

        assertEquals(Tokens.terms(kstem, text.toString()), terms);
        assertNotEquals(Tokens.terms(chain(stream -> stream), text.toString()), terms, "words were stemmed");
    }

    @Test
    void makesKStemOnlyForAWordThatIsNotAKeyword() throws IOException {
        try (CachedStemFilter filter = new CachedStemFilter(
                new SetKeywordMarkerFilter(new LowerCaseFilter(whitespace("pathways kinases Pathways")), KEYWORDS))) {
            filter.reset();
            while (filter.incrementToken()) {
                assertFalse(filter.hasStemmer(), "a keyword needs no stemmer");
            }
            filter.end();
        }
        try (CachedStemFilter filter = new CachedStemFilter(new LowerCaseFilter(whitespace("kinases")))) {
            filter.reset();
            assertTrue(filter.incrementToken());
            assertTrue(filter.hasStemmer(), "a word to stem makes it");
            assertEquals("kinase", filter.getAttribute(CharTermAttribute.class).toString());
            filter.end();
        }
    }

    private static Tokenizer whitespace(String text) {
        Tokenizer words = new WhitespaceTokenizer();
        words.setReader(new StringReader(text));
        return words;
    }

    /** {@code n} written in the letters a-z, so that KStem stems it (it leaves words with digits alone). */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder("w");
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.toString();
    }

    private static Analyzer chain(UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new WhitespaceTokenizer();
                return new TokenStreamComponents(words,
                        stemmer.apply(new SetKeywordMarkerFilter(new LowerCaseFilter(words), KEYWORDS)));
            }
        };
    }
}
