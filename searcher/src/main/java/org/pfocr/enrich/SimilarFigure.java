package org.pfocr.enrich;

import java.util.List;

/**
 * A figure like the one asked about, with the evidence: how significant the gene-set overlap is,
 * how similar the text, and the genes the two figures share.
 *
 * @param rank 1-based rank by {@link #score}; figures with only one kind of similarity come after
 *     all figures with both, by the mean of the two
 * @param figid the figure id
 * @param title the figure title, or {@code null}
 * @param paperTitle the paper title, or {@code null}
 * @param year the publication year, or {@code null}
 * @param score the combined similarity, 0 to 1: the geometric mean of the gene similarity
 *     ({@code -log p}) and the text similarity ({@code textScore}), each divided by its largest
 *     value among the candidates
 * @param sharedGenes the genes both figures have (official symbols, sorted)
 * @param p the one-sided Fisher's exact test p-value of the gene-set overlap; 1 when none is shared
 * @param textScore the {@code MoreLikeThis} score over caption and titles; 0 when not among the
 *     best text matches
 */
public record SimilarFigure(
        int rank, String figid, String title, String paperTitle, Integer year, double score,
        List<String> sharedGenes, double p, double textScore) {

    public SimilarFigure {
        sharedGenes = List.copyOf(sharedGenes);
    }
}
