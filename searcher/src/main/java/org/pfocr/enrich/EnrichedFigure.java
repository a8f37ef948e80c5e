package org.pfocr.enrich;

import java.util.List;

/**
 * One figure whose gene set over-represents the list.
 *
 * @param rank 1-based rank by p-value (ties by figid) among the figures listed
 * @param figid the figure id
 * @param title the figure title, or {@code null}
 * @param paperTitle the paper title, or {@code null}
 * @param year the publication year, or {@code null}
 * @param overlapGenes the list genes the figure has (official symbols, sorted)
 * @param overlap how many list genes the figure has
 * @param geneSetSize how many distinct genes the figure has
 * @param oddsRatio the odds ratio of the overlap (Haldane–Anscombe corrected when a cell is 0,
 *     see {@link OddsRatio})
 * @param p the one-sided Fisher's exact test p-value (may underflow to 0 below about 1e-308)
 * @param q the Benjamini–Hochberg false discovery rate over all figures tested
 */
public record EnrichedFigure(
        int rank, String figid, String title, String paperTitle, Integer year, List<String> overlapGenes,
        int overlap, int geneSetSize, double oddsRatio, double p, double q) {

    public EnrichedFigure {
        overlapGenes = List.copyOf(overlapGenes);
    }
}
