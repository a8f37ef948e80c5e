package org.pfocr.analysis;

import java.io.BufferedReader;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character normalisation every analyzer of the project starts with, so that spellings of one name
 * meet before tokenising: Greek letters spelled out and look-alike letters read as Latin
 * ({@code character-mappings.tsv}), {@code NF-κB}, {@code NF-kB}, {@code NFkB} and
 * {@code NF-kappa B} written as {@code NF-kappaB} (likewise {@code IκB}), and an upper-case
 * prefix separated from its number by a space joined to it ({@code IL 6} is {@code IL6}).
 * Offsets are corrected, so highlights land on the original text.
 */
public final class CharacterNormalizer {

    private static final List<String[]> ROWS = readRows();
    /** Each mapped character and what replaces it. */
    private static final Map<Character, String> REPLACEMENTS = replacementRows();
    /** The characters {@link #REPLACEMENTS} replaces (each mapping replaces one character, none of them ASCII). */
    private static final BitSet MAPPED = mappedCharacters();
    /** Room for most values of a figure (a gene symbol, a title) before the buffer has to grow. */
    private static final int INITIAL_CAPACITY = 128;
    private static final String KAPPA = "kappa";
    /** The letter B of NF-κB, in either case. */
    private static final char[] KAPPA_B_LETTERS = {'B', 'b'};
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikeRows();

    /** NF-kB, NFkB, NF-KB, NF kappa B, NF-kappaB (after Greek letters were spelled out). */
    static final Pattern NF_KAPPA_B =
            Pattern.compile("(?i)\\b(NF|I)[- ]?(?:kappa|k) ?B(?![a-z])");

    /** IL 6, TLR 4, CD 40: a short upper-case name and its number, separated by a space. */
    static final Pattern SPACED_NUMBER = Pattern.compile("\\b([A-Z]{2,5}) (\\d{1,3})\\b");

    private CharacterNormalizer() {
    }

    /**
     * Wraps {@code reader} in the project's normalisation. Most texts need none of it (no Greek or
     * look-alike letter, no NF-κB or spaced number): those are read once and returned as they are.
     * The others are rewritten in memory in up to three steps, each only where a scan finds what it
     * needs (a step that changes nothing adds no offset corrections), with the text and offsets that Lucene's
     * {@link org.apache.lucene.analysis.charfilter.MappingCharFilter} and two
     * {@link org.apache.lucene.analysis.pattern.PatternReplaceCharFilter}s would give, at a
     * fraction of their cost (they read character by character and copy the text at every step).
     */
    public static Reader wrap(Reader reader) {
        char[] buffer = new char[INITIAL_CAPACITY];
        int length = 0;
        try {
            for (int read = reader.read(buffer, 0, buffer.length); read >= 0;
                    read = reader.read(buffer, length, buffer.length - length)) {
                length += read;
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reader original = new CharArrayReader(buffer, 0, length);
        List<OffsetCorrections> rewrites = new ArrayList<>(3);
        String text = new String(buffer, 0, length);
        text = mapCharacters(text, rewrites);
        if (mayHaveKappaB(text)) {
            text = replace(text, NF_KAPPA_B, "$1-kappaB", rewrites);
        }
        if (mayHaveSpacedNumber(text)) {
            text = replace(text, SPACED_NUMBER, "$1$2", rewrites);
        }
        return rewrites.isEmpty() ? original : new NormalizedReader(original, text, rewrites);
    }

    /**
     * Each character a mapping names replaced, offsets corrected as Lucene's mapping filter does;
     * {@code text} itself when it has none.
     */
    private static String mapCharacters(String text, List<OffsetCorrections> rewrites) {
        StringBuilder mapped = null;
        OffsetCorrections corrections = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = c >= 0x80 && MAPPED.get(c) ? REPLACEMENTS.get(c) : null;
            if (replacement == null) {
                if (mapped != null) {
                    mapped.append(c);
                }
                continue;
            }
            if (mapped == null) {
                mapped = new StringBuilder(text.length() + 16).append(text, 0, i);
                corrections = new OffsetCorrections();
            }
            int inputEnd = i + 1;
            int diff = 1 - replacement.length();
            int previous = corrections.lastDiff();
            if (diff > 0) {
                corrections.add(inputEnd - diff - previous, previous + diff);
            } else {
                // Every character the replacement adds maps back to the replaced character.
                for (int extra = 0; extra < -diff; extra++) {
                    corrections.add(inputEnd - previous + extra, previous - extra - 1);
                }
            }
            mapped.append(replacement);
        }
        if (mapped == null) {
            return text;
        }
        rewrites.add(corrections);
        return mapped.toString();
    }

    /**
     * Every match of {@code pattern} replaced, offsets corrected as Lucene's pattern
     * filter does; {@code text} itself when nothing matches.
     */
    private static String replace(String text, Pattern pattern, String replacement, List<OffsetCorrections> rewrites) {
        Matcher match = pattern.matcher(text);
        if (!match.find()) {
            return text;
        }
        StringBuilder replaced = new StringBuilder(text.length());
        OffsetCorrections corrections = new OffsetCorrections();
        int cumulative = 0;
        int lastMatchEnd = 0;
        do {
            int matchLength = match.end() - match.start();
            int before = replaced.length() + match.start() - lastMatchEnd;
            lastMatchEnd = match.end();
            match.appendReplacement(replaced, replacement);
            int replacementLength = replaced.length() - before;
            if (replacementLength < matchLength) {
                cumulative += matchLength - replacementLength;
                corrections.add(before + replacementLength, cumulative);
            } else {
                // Every character the replacement adds maps back to the end of the match.
                for (int i = matchLength; i < replacementLength; i++) {
                    corrections.add(before + i, --cumulative);
                }
            }
        } while (match.find());
        match.appendTail(replaced);
        rewrites.add(corrections);
        return replaced.toString();
    }

    /** Whether a {@code B} comes after {@code k} or {@code kappa}: where {@link #NF_KAPPA_B} can match. */
    private static boolean mayHaveKappaB(String text) {
        for (char b : KAPPA_B_LETTERS) {
            for (int i = text.indexOf(b); i >= 0; i = text.indexOf(b, i + 1)) {
                if (followsKappa(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an upper-case letter, a space and a digit follow each other: where {@link #SPACED_NUMBER} can match. */
    private static boolean mayHaveSpacedNumber(String text) {
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (i > 0 && i + 1 < text.length() && isAsciiUpper(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
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

    /** Every mapping of {@code character-mappings.tsv}: a character and what replaces it. */
    static Map<Character, String> replacements() {
        return REPLACEMENTS;
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

    private static Map<Character, String> replacementRows() {
        Map<Character, String> replacements = new HashMap<>();
        for (String[] row : ROWS) {
            if (replacements.put(row[0].charAt(0), row[1]) != null) {
                throw new IllegalStateException("character-mappings.tsv maps '" + row[0] + "' twice");
            }
        }
        return Map.copyOf(replacements);
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
