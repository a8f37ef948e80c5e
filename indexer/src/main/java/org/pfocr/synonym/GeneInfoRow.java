package org.pfocr.synonym;

import java.util.List;

/**
 * The columns of one NCBI {@code gene_info} row that synonym building uses.
 *
 * @param taxId       NCBI taxonomy id of the organism, e.g. {@code 9606}
 * @param geneId      NCBI Gene (Entrez) id
 * @param symbol      the official symbol
 * @param synonyms    the aliases, in file order; empty when the file says {@code -}
 * @param typeOfGene  e.g. {@code protein-coding}, {@code ncRNA}, {@code unknown}
 * @param description      the gene's name, or empty when the file has no description column
 * @param modificationDate the row's {@code Modification_date} ({@code 20220912}), or empty when absent
 */
public record GeneInfoRow(String taxId, String geneId, String symbol, List<String> synonyms, String typeOfGene,
                          String description, String modificationDate) {
    /** Copies {@code synonyms} so the row stays immutable. */
    public GeneInfoRow {
        synonyms = List.copyOf(synonyms);
    }
}
