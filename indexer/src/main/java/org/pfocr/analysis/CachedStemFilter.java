package org.pfocr.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light English stemming as {@link KStemFilter} does it, remembering the stem of each word it has
 * seen: KStem tries a word against its dictionary once per suffix rule, and the words of a corpus
 * repeat. The stem of a word depends on nothing else, so the tokens are those KStemFilter gives;
 * words marked as keywords are left as they are, as KStemFilter leaves them. The KStemFilter is
 * made when the first word to stem comes: the first one in a JVM builds KStem's dictionary (some
 * 40 ms), which a query of gene names alone, all keywords, never needs.
 *
 * <p>The memory is one analysis chain's (so one thread's) and holds at most
 * {@value #MAX_WORDS} words, after which it starts afresh.
 */
public final class CachedStemFilter extends TokenFilter {

    /** Words remembered before the memory is cleared: a few MB per indexing thread at most. */
    static final int MAX_WORDS = 20_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    /** Made on first need. */
    private TokenStream stemmer;

    /** Stems the tokens of {@code input}, which must be lower case, as KStem expects. */
    public CachedStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            stem = stem(buffer, length);
            if (stems.size() >= MAX_WORDS) {
                stems.clear();
            }
            stems.put(Arrays.copyOf(buffer, length), stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }

    /** KStem's stem of a word, by running it alone through a {@link KStemFilter}. */
    private char[] stem(char[] buffer, int length) throws IOException {
        if (stemmer == null) {
            stemmer = new KStemFilter(word);
        }
        word.set(buffer, length);
        stemmer.reset();
        stemmer.incrementToken();
        char[] stem = Arrays.copyOf(word.term.buffer(), word.term.length());
        stemmer.end();
        stemmer.close();
        return stem;
    }

    /** Whether this filter has made its KStemFilter: it has met a word that is not a keyword. */
    boolean hasStemmer() {
        return stemmer != null;
    }

    /** A token stream of one word, the input of the {@link KStemFilter} that stems the words not yet seen. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean pending;

        void set(char[] buffer, int length) {
            term.copyBuffer(buffer, 0, length);
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            boolean next = pending;
            pending = false;
            return next;
        }
    }
}
