package org.pfocr.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalises the values found in records and sidecars: white space trimmed, and the spellings of
 * a missing value ({@code NA}, {@code .na.character}, {@code ''}, empty) turned into {@code null}.
 */
final class Values {
    /** How the upstream tools (R and YAML) write a missing value, once trimmed. */
    private static final Set<String> MISSING = Set.of("", "NA", ".na.character", "''", "\"\"");
    /** The first characters of the {@link #MISSING} spellings. */
    private static final String MISSING_FIRST_CHARACTERS = MISSING.stream()
            .filter(missing -> !missing.isEmpty())
            .map(missing -> missing.substring(0, 1))
            .distinct()
            .collect(Collectors.joining());

    private Values() {
    }

    /** The trimmed value, or {@code null} when it is missing. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return mayBeMissing(trimmed) && MISSING.contains(trimmed) ? null : trimmed;
    }

    /** Whether {@code text} is empty or starts as a missing value does: most values are told apart without hashing them. */
    private static boolean mayBeMissing(String text) {
        return text.isEmpty() || MISSING_FIRST_CHARACTERS.indexOf(text.charAt(0)) >= 0;
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
