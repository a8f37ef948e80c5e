package org.pfocr.synonym;

/**
 * One alias of one gene.
 *
 * @param alias  the alias as NCBI Gene spells it, e.g. {@code RANKL}
 * @param symbol the gene's official symbol, e.g. {@code TNFSF11}
 * @param entrez the gene's NCBI Gene id, e.g. {@code 8600}
 */
public record GeneAlias(String alias, String symbol, String entrez) {
}
