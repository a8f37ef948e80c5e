package org.pfocr.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Set<Character> MAPPED = mappedCharacters();
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
        String text = readAll(reader);
        return needsNormalizing(text) ? filters(new StringReader(text)) : new StringReader(text);
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
    static boolean needsNormalizing(String text) {
        boolean kappaB = false;
        boolean spacedNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && MAPPED.contains(c)) {
                return true;
            }
            kappaB |= (c == 'B' || c == 'b') && followsKappa(text, i);
            spacedNumber |= c == ' ' && i > 0 && i + 1 < text.length()
                    && isAsciiUpper(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1));
        }
        return kappaB && NF_KAPPA_B.matcher(text).find() || spacedNumber && SPACED_NUMBER.matcher(text).find();
    }

    /** Whether {@code k} or {@code kappa} (any case), and at most one space, come right before {@code text[at]}. */
    private static boolean followsKappa(String text, int at) {
        int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
        return end > 0 && (text.charAt(end - 1) == 'k' || text.charAt(end - 1) == 'K'
                || end >= 5 && text.regionMatches(true, end - 5, "kappa", 0, 5));
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The whole text of {@code reader}. */
    static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        try {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
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

    private static Set<Character> mappedCharacters() {
        Set<Character> mapped = new HashSet<>();
        for (String[] row : ROWS) {
            if (row[0].length() != 1 || row[0].charAt(0) < 0x80) {
                throw new IllegalStateException("character-mappings.tsv: '" + row[0]
                        + "' is not one non-ASCII character, which CharacterNormalizer.needsNormalizing assumes");
            }
            mapped.add(row[0].charAt(0));
        }
        return Set.copyOf(mapped);
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
