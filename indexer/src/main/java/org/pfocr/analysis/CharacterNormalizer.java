package org.pfocr.analysis;

import java.io.BufferedReader;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * The character filters every analyzer of the project starts with, so that spellings of one name
 * meet before tokenising: Greek letters spelled out and look-alike letters read as Latin
 * ({@code character-mappings.tsv}), {@code NF-κB}, {@code NF-kB}, {@code NFkB} and
 * {@code NF-kappa B} written as {@code NF-kappaB} (likewise {@code IκB}), and an upper-case
 * prefix separated from its number by a space joined to it ({@code IL 6} is {@code IL6}).
 * Offsets are corrected, so highlights land on the original text.
 */
public final class CharacterNormalizer {

    private static final List<String[]> ROWS = readRows();
    private static final NormalizeCharMap MAPPINGS = mappings();
    /** The characters {@link #MAPPINGS} replaces (each mapping replaces one character, none of them ASCII). */
    private static final BitSet MAPPED = mappedCharacters();
    /** Room for most values of a figure (a gene symbol, a title) before the buffer has to grow. */
    private static final int INITIAL_CAPACITY = 128;
    private static final String KAPPA = "kappa";
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikeRows();

    /** NF-kB, NFkB, NF-KB, NF kappa B, NF-kappaB (after Greek letters were spelled out). */
    private static final Pattern NF_KAPPA_B =
            Pattern.compile("(?i)\\b(NF|I)[- ]?(?:kappa|k) ?B(?![a-z])");

    /** IL 6, TLR 4, CD 40: a short upper-case name and its number, separated by a space. */
    private static final Pattern SPACED_NUMBER = Pattern.compile("\\b([A-Z]{2,5}) (\\d{1,3})\\b");

    private CharacterNormalizer() {
    }

    /**
     * Wraps {@code reader} in the project's character filters. Most texts need none of them (no
     * Greek or look-alike letter, no NF-κB or spaced number): those are read once and returned as
     * they are, without the filters' copying and offset bookkeeping, which is a large part of
     * indexing's cost for the many short values of a figure (a gene symbol, a gene word).
     */
    public static Reader wrap(Reader reader) {
        char[] text = new char[INITIAL_CAPACITY];
        int length = 0;
        try {
            for (int read = reader.read(text, 0, text.length); read >= 0;
                    read = reader.read(text, length, text.length - length)) {
                length += read;
                if (length == text.length) {
                    text = Arrays.copyOf(text, text.length * 2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reader read = new CharArrayReader(text, 0, length);
        return needsNormalizing(CharBuffer.wrap(text, 0, length)) ? filters(read) : read;
    }

    /** The character filters around {@code reader}, whatever it holds. */
    static Reader filters(Reader reader) {
        Reader mapped = new MappingCharFilter(MAPPINGS, reader);
        Reader kappa = new PatternReplaceCharFilter(NF_KAPPA_B, "$1-kappaB", mapped);
        return new PatternReplaceCharFilter(SPACED_NUMBER, "$1$2", kappa);
    }

    /**
     * Whether any filter would change {@code text}: it holds a mapped character, or a pattern
     * matches. The patterns run only where one scan of the text finds what they need: a {@code B}
     * after {@code k} or {@code kappa}, an upper-case letter, a space and a digit.
     */
    static boolean needsNormalizing(CharSequence text) {
        boolean kappaB = false;
        boolean spacedNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && MAPPED.get(c)) {
                return true;
            }
            kappaB |= (c == 'B' || c == 'b') && followsKappa(text, i);
            spacedNumber |= c == ' ' && i > 0 && i + 1 < text.length()
                    && isAsciiUpper(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1));
        }
        return kappaB && NF_KAPPA_B.matcher(text).find() || spacedNumber && SPACED_NUMBER.matcher(text).find();
    }

    /** Whether {@code k} or {@code kappa} (any case), and at most one space, come right before {@code text[at]}. */
    private static boolean followsKappa(CharSequence text, int at) {
        int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
        return end > 0 && (text.charAt(end - 1) == 'k' || text.charAt(end - 1) == 'K'
                || endsWithKappa(text, end));
    }

    /** Whether {@code text} has {@code kappa}, in any case, right before {@code end}. */
    private static boolean endsWithKappa(CharSequence text, int end) {
        if (end < KAPPA.length()) {
            return false;
        }
        for (int i = 0; i < KAPPA.length(); i++) {
            if (Character.toLowerCase(text.charAt(end - KAPPA.length() + i)) != KAPPA.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The Greek and Cyrillic letters that look like Latin ones, with those Latin letters
     * ({@code М} to {@code M}): the rows of kind {@code lookalike} of {@code character-mappings.tsv}.
     */
    public static Map<Character, Character> lookAlikes() {
        return LOOK_ALIKES;
    }

    /** The rows of {@code character-mappings.tsv}: source, replacement, kind. */
    private static List<String[]> readRows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CharacterNormalizer.class.getResourceAsStream("character-mappings.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t", -1);
                    rows.add(new String[] {unescape(columns[0]), unescape(columns[1]), columns[2]});
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the bundled character-mappings.tsv", e);
        }
        return List.copyOf(rows);
    }

    private static NormalizeCharMap mappings() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        ROWS.forEach(row -> builder.add(row[0], row[1]));
        return builder.build();
    }

    private static BitSet mappedCharacters() {
        BitSet mapped = new BitSet();
        for (String[] row : ROWS) {
            if (row[0].length() != 1 || row[0].charAt(0) < 0x80) {
                throw new IllegalStateException("character-mappings.tsv: '" + row[0]
                        + "' is not one non-ASCII character, which CharacterNormalizer.needsNormalizing assumes");
            }
            mapped.set(row[0].charAt(0));
        }
        return mapped;
    }

    private static Map<Character, Character> lookAlikeRows() {
        Map<Character, Character> lookAlikes = new HashMap<>();
        for (String[] row : ROWS) {
            if (row[2].equals("lookalike")) {
                lookAlikes.put(row[0].charAt(0), row[1].charAt(0));
            }
        }
        return Map.copyOf(lookAlikes);
    }

    private static String unescape(String text) {
        Matcher escape = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(text);
        return escape.replaceAll(match -> String.valueOf((char) Integer.parseInt(match.group(1), 16)));
    }
}
