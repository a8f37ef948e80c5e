package org.pfocr.synonym;

/** The sources of synonym rules, under the names that {@code pfocr stats} reports them by. */
public enum SynonymSource {
    /** The word-to-symbol pairs of the indexed figures' own gene annotations. */
    CORPUS("corpus"),
    /** Human gene aliases bundled from NCBI Gene. */
    GENE_ALIASES("gene_aliases"),
    /** FamPlex families and complexes, bundled. */
    FAMPLEX("famplex"),
    /** Organism names and taxon ids, bundled; applied when indexing. */
    ORGANISMS("organisms"),
    /** Aliases from the user's NCBI gene_info file ({@code --gene-info}). */
    GENE_INFO("gene_info"),
    /** The user's synonym files in the Solr format ({@code --synonyms}). */
    USER("user");

    private final String label;

    SynonymSource(String label) {
        this.label = label;
    }

    /** The name reported for this source. */
    public String label() {
        return label;
    }
}
