package org.pfocr.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikeRows();

    /** NF-kB, NFkB, NF-KB, NF kappa B, NF-kappaB (after Greek letters were spelled out). */
    private static final Pattern NF_KAPPA_B =
            Pattern.compile("(?i)\\b(NF|I)[- ]?(?:kappa|k) ?B(?![a-z])");

    /** IL 6, TLR 4, CD 40: a short upper-case name and its number, separated by a space. */
    private static final Pattern SPACED_NUMBER = Pattern.compile("\\b([A-Z]{2,5}) (\\d{1,3})\\b");

    private CharacterNormalizer() {
    }

    /** Wraps {@code reader} in the project's character filters. */
    public static Reader wrap(Reader reader) {
        Reader mapped = new MappingCharFilter(MAPPINGS, reader);
        Reader kappa = new PatternReplaceCharFilter(NF_KAPPA_B, "$1-kappaB", mapped);
        return new PatternReplaceCharFilter(SPACED_NUMBER, "$1$2", kappa);
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
