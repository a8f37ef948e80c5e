package org.pfocr.analysis;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits text into words of letters and digits, keeping hyphenated names together
 * ({@code IL-6}, {@code NF-kappaB}, {@code beta-catenin}) for {@link HyphenatedWordFilter};
 * every other character separates words ({@code IL-6/sIL6R} is two words).
 */
public final class WordTokenizer extends CharTokenizer {

    @Override
    protected boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
