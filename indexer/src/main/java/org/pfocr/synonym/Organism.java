package org.pfocr.synonym;

import java.util.List;

/**
 * An organism and the names people use for it.
 *
 * @param taxonId        NCBI Taxonomy id, e.g. {@code 9606}; empty when not known
 * @param scientificName NCBI Taxonomy scientific name, e.g. {@code Homo sapiens}
 * @param commonNames    common names, adjectives and abbreviations, preferred first, e.g.
 *                       {@code human, humans, H. sapiens}; empty for organisms the bundled table does not know
 */
public record Organism(String taxonId, String scientificName, List<String> commonNames) {
    /** Copies {@code commonNames} so the organism stays immutable. */
    public Organism {
        commonNames = List.copyOf(commonNames);
    }

    /** The short name to show: the first common name, or the scientific name when there is none. */
    public String preferredName() {
        return commonNames.isEmpty() ? scientificName : commonNames.getFirst();
    }
}
