package org.pfocr.record;

import java.util.Map;
import org.pfocr.analysis.CharacterNormalizer;

/**
 * Cleans a gene word as read by OCR from a figure.
 *
 * <ul>
 *   <li>Cyrillic letters that look like Latin ones become Latin ({@code МyD88} with a Cyrillic
 *       {@code М} becomes {@code MyD88}, {@code Нурохia} becomes {@code Hypoxia}), but only when
 *       every Cyrillic letter in the word has a Latin twin, so a real Cyrillic word is kept.</li>
 *   <li>Greek capitals that look like Latin ones ({@code Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ}) become
 *       Latin. Lower-case Greek letters ({@code α β κ}) are real and kept.</li>
 *   <li>Stray punctuation is stripped from both ends: {@code (STAT} gives {@code STAT},
 *       {@code IRAK1,2,4|} gives {@code IRAK1,2,4}, {@code Bcl6??} gives {@code Bcl6},
 *       {@code (GGR)} gives {@code GGR}. A bracket closed inside the word is kept
 *       ({@code Gαq(11)}). {@code +} and {@code -} are kept: they are part of names such as
 *       {@code TNF-R1+} or {@code Ca2+}, and the analysis layer drops them from tokens anyway.</li>
 * </ul>
 *
 * <p>A word with nothing left is the empty string: the caller drops it.
 */
public final class GeneWordCleaner {
    /** The first letter of Unicode's Cyrillic block. */
    private static final char FIRST_CYRILLIC = '\u0400';
    /** Greek and Cyrillic letters and their Latin look-alikes, shared with the analysis chain. */
    private static final Map<Character, Character> LOOK_ALIKES = CharacterNormalizer.lookAlikes();
    /**
     * Below this character none is a look-alike or Cyrillic: most words are checked without a
     * look-up per character.
     */
    private static final char FIRST_LOOK_ALIKE_OR_CYRILLIC = (char) Math.min(FIRST_CYRILLIC,
            LOOK_ALIKES.keySet().stream().mapToInt(Character::charValue).min().orElse(FIRST_CYRILLIC));
    /** Characters OCR leaves at the ends of words that are never part of a gene name there. */
    private static final String STRAY = "|,;:.?!*&/\\~_=\"'`‘’“”«»•·…¦";
    private static final String OPENING = "([{<";
    private static final String CLOSING = ")]}>";

    private GeneWordCleaner() {
    }

    /** The cleaned word; empty when nothing is left (or {@code word} is {@code null}). */
    public static String clean(String word) {
        if (word == null) {
            return "";
        }
        return stripEnds(replaceLookAlikes(word));
    }

    private static String replaceLookAlikes(String word) {
        boolean cyrillicLookAlikesOnly = true;
        boolean hasLookAlike = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < FIRST_LOOK_ALIKE_OR_CYRILLIC) {
                continue;
            }
            boolean lookAlike = LOOK_ALIKES.containsKey(c);
            if (isCyrillic(c)) {
                cyrillicLookAlikesOnly &= lookAlike;
            }
            hasLookAlike |= lookAlike;
        }
        if (!hasLookAlike) {
            return word;
        }
        StringBuilder latin = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean replace = LOOK_ALIKES.containsKey(c) && (cyrillicLookAlikesOnly || !isCyrillic(c));
            latin.append(replace ? LOOK_ALIKES.get(c) : c);
        }
        return latin.toString();
    }

    private static boolean isCyrillic(char c) {
        return c >= FIRST_CYRILLIC && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static String stripEnds(String word) {
        int start = 0;
        int end = word.length();
        boolean stripped = true;
        while (stripped && start < end) {
            char first = word.charAt(start);
            char last = word.charAt(end - 1);
            stripped = true;
            if (isStray(first)) {
                start++;
            } else if (isStray(last)) {
                end--;
            } else if (OPENING.indexOf(first) >= 0 && closingOf(word, start, end) == -1) {
                start++;
            } else if (OPENING.indexOf(first) >= 0 && closingOf(word, start, end) == end - 1) {
                start++;
                end--;
            } else if (CLOSING.indexOf(last) >= 0 && openingOf(word, start, end) == -1) {
                end--;
            } else {
                stripped = false;
            }
        }
        return word.substring(start, end);
    }

    private static boolean isStray(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || STRAY.indexOf(c) >= 0;
    }

    /** Where the bracket at {@code start} is closed before {@code end}, or -1. */
    private static int closingOf(String word, int start, int end) {
        char open = word.charAt(start);
        char close = CLOSING.charAt(OPENING.indexOf(open));
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the bracket at {@code end - 1} is opened at or after {@code start}, or -1. */
    private static int openingOf(String word, int start, int end) {
        char close = word.charAt(end - 1);
        char open = OPENING.charAt(CLOSING.indexOf(close));
        int depth = 0;
        for (int i = end - 1; i >= start; i--) {
            char c = word.charAt(i);
            if (c == close) {
                depth++;
            } else if (c == open && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
