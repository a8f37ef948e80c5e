package org.pfocr.synonym;

import java.util.List;

/** TEMPORARY STUB until the synonym branch lands. */
public record Organism(String taxonId, String scientificName, List<String> commonNames) {
}
