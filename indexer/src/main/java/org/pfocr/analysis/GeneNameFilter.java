package org.pfocr.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Protects words that look like gene, protein or acronym names from the English stemmer, and
 * reads acronym plurals as singulars. Runs before lower-casing, because case is the clue:
 * <ul>
 *   <li>{@code JAKs}, {@code TLR4s}, {@code mRNAs}: a lower-case {@code s} after an upper-case
 *       letter or a digit is a plural; it is dropped and the word is protected;</li>
 *   <li>a word of three characters or fewer, a word with a digit, or a word with an upper-case
 *       letter after its first ({@code Ras}, {@code STAT3}, {@code NFkappaB}) is protected;</li>
 *   <li>other words ({@code Signaling}, {@code osteoclasts}) are left to the stemmer.</li>
 * </ul>
 */
public final class GeneNameFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    /** Wraps {@code input}. */
    public GeneNameFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (length >= 3 && buffer[length - 1] == 's' && isUpperOrDigit(buffer[length - 2])) {
            term.setLength(length - 1);
            keyword.setKeyword(true);
        } else if (length <= 3 || hasDigitOrInnerCapital(buffer, length)) {
            keyword.setKeyword(true);
        }
        return true;
    }

    private static boolean isUpperOrDigit(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean hasDigitOrInnerCapital(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }
}
