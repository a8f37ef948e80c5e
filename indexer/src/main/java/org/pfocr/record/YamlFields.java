package org.pfocr.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The top-level fields of a YAML text as {@link FrontMatterFields} keeps them.
 *
 * @param fields the fields, every scalar as its text (a key set twice: its last value)
 * @param keyLines the 1-based line of the YAML text each key is on (a key set twice: its last line)
 * @param earlierLines for each key set more than once, the 1-based line where it was first set
 */
record YamlFields(ObjectNode fields, Map<String, Integer> keyLines, Map<String, Integer> earlierLines) {
}
