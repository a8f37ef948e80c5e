package org.pfocr.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One real record a corpus is recombined from: its front matter fields in file order, the text
 * after the front matter, its sidecar tables as written, and its caption cut into sentences.
 *
 * @param figid the record's figid ({@code PMC2721684__intimmdxp017f01_4c})
 * @param pmcid the record's pmcid, {@code null} when it has none
 * @param fields the front matter, scalars as text
 * @param body whatever follows the closing {@code ---} line
 * @param sidecars the text of each sidecar table the record has
 * @param sentences the caption's sentences, none when the caption is not one text
 */
record TemplateRecord(String figid, String pmcid, Map<String, Object> fields, String body,
        Map<Sidecar, String> sidecars, List<String> sentences) {

    TemplateRecord {
        sidecars = sidecars.isEmpty() ? Map.of() : new EnumMap<>(sidecars);
        sentences = List.copyOf(sentences);
    }

    /** Whether the front matter has {@code field}. */
    boolean has(String field) {
        return fields.containsKey(field);
    }
}
