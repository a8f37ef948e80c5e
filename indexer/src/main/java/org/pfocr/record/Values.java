package org.pfocr.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises the values found in records and sidecars: white space trimmed, and the spellings of
 * a missing value ({@code NA}, {@code .na.character}, {@code ''}, empty) turned into {@code null}.
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

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
