package org.pfocr.record;

/**
 * A gene recognised in a figure: the word as printed (OCR output, cleaned of stray
 * punctuation) and the official gene it was mapped to.
 *
 * @param word the word as read from the figure, e.g. {@code RANKL}
 * @param symbol the official gene symbol, e.g. {@code TNFSF11}, {@code null} when the source names none
 * @param entrez the NCBI Gene (Entrez) id, {@code null} when unknown
 * @param source how the word was matched, e.g. {@code hgnc_alias_symbol}, {@code ncbigene_synonym}
 * @param organismName scientific name of the gene's organism, {@code null} when not given
 * @param taxonId NCBI taxon id of the gene's organism, {@code null} when not given
 */
public record GeneMention(
        String word, String symbol, String entrez, String source, String organismName, String taxonId) {
}
