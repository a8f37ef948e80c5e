package org.pfocr.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Normalises the values found in records and sidecars: white space trimmed, the spellings of a
 * missing value ({@code NA}, {@code .na.character}, {@code ''}, empty) turned into {@code null},
 * and, in mentions, control characters read as spaces ({@link #withoutControls}).
 */
final class Values {
    /** How the upstream tools (R and YAML) write a missing value, once trimmed. */
    private static final List<String> MISSING = List.of("", "NA", ".na.character", "''", "\"\"");

    private Values() {
    }

    /** The trimmed value, or {@code null} when it is missing. */
    static String clean(String raw) {
        return raw == null ? null : clean(raw, 0, raw.length());
    }

    /**
     * {@link #clean} of {@code text} from {@code start} to {@code end}, without copying the part
     * first: a cell of a table read whole.
     */
    static String clean(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return isMissing(text, start, end) ? null : text.substring(start, end);
    }

    /**
     * Whether {@code text} from {@code start} to {@code end} is one of the {@link #MISSING}
     * spellings: compared in place, and most values differ from each in length.
     */
    private static boolean isMissing(String text, int start, int end) {
        for (String missing : MISSING) {
            if (missing.length() == end - start && text.startsWith(missing, start)) {
                return true;
            }
        }
        return false;
    }

    /** The cleaned text of a scalar node; {@code null} for a missing value, a null or a container. */
    static String scalar(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : clean(node.asText());
    }

    /** The cleaned texts of the scalars in a list node, or of a single scalar node; missing values left out. */
    static List<String> scalars(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                addIfPresent(texts, scalar(element));
            }
        } else {
            addIfPresent(texts, scalar(node));
        }
        return texts;
    }

    /** Splits a {@code |}-separated list such as {@code osteoporosis | RANKL | bone}; missing parts left out. */
    static List<String> splitBars(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\\|")) {
            addIfPresent(parts, clean(part));
        }
        return parts;
    }

    /** Whether {@code c} is a control character: C0 (tab and line breaks among them), DEL or C1. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Whether {@code text} holds a {@linkplain #isControl control character}. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mention's value without its control characters, which would break the layout the index
     * stores mentions in (tab-separated columns; a word, its symbol and its source joined by
     * U+001F): each read as a space, then {@link #clean}ed. The warning, from {@code warning}
     * given the value as cleaned, says which characters they were.
     *
     * @param warning makes the warning from its start ("holds a control character (U+0009); it
     *     was read as a space: 'STAT 3'")
     */
    static String withoutControls(String value, Function<String, Problem> warning, Consumer<Problem> warnings) {
        Set<String> codes = new LinkedHashSet<>();
        StringBuilder spaced = new StringBuilder(value);
        for (int i = 0; i < spaced.length(); i++) {
            if (isControl(spaced.charAt(i))) {
                codes.add(String.format("U+%04X", (int) spaced.charAt(i)));
                spaced.setCharAt(i, ' ');
            }
        }
        String cleaned = clean(spaced.toString());
        warnings.accept(warning.apply((codes.size() == 1 ? "holds a control character (" + codes.iterator().next()
                + "); it was" : "holds control characters (" + String.join(", ", codes) + "); each was")
                + " read as a space: '" + (cleaned == null ? "" : cleaned) + "'"));
        return cleaned;
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
