package org.pfocr.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The top-level fields of a YAML text as {@link FrontMatterFields} keeps them.
 *
 * @param fields the fields, every scalar as its text
 * @param keyLines the 1-based line of the YAML text each key is on
 */
record YamlFields(ObjectNode fields, Map<String, Integer> keyLines) {
}
