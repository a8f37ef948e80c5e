package org.pfocr.enrich;

import java.util.List;

/**
 * A gene-set enrichment: which figures' gene sets over-represent a gene list. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param genes the list: official symbols, aliases or NCBI Gene ids, in any case
 *     ({@link GeneLists#parse} splits a text into names)
 * @param query only figures matching this query are tested (the syntax of
 *     {@link org.pfocr.query.FigureQueryParser}); {@code null} for all figures
 * @param organism only figures of this organism are tested (scientific or common name, or taxon
 *     id), and the background defaults to its genes; {@code null} for all figures
 * @param minOverlap figures sharing fewer list genes are not listed (they still count as tests)
 * @param maxFdr figures with a larger q-value are not listed, 0 to 1
 * @param background the number of genes the list was drawn from; {@code null} for the default:
 *     the distinct genes of the organism's figures, or of all figures
 * @param limit how many figures to list at most
 */
public record EnrichRequest(
        List<String> genes, String query, String organism, int minOverlap, double maxFdr, Integer background,
        int limit) {

    /** Default {@link #minOverlap}. */
    public static final int DEFAULT_MIN_OVERLAP = 2;
    /** Default {@link #limit}. */
    public static final int DEFAULT_LIMIT = 10;

    public EnrichRequest {
        genes = List.copyOf(genes);
        query = query == null || query.isBlank() ? null : query;
        organism = organism == null || organism.isBlank() ? null : organism.strip();
        if (minOverlap < 1) {
            throw new IllegalArgumentException("min overlap must be at least 1, got " + minOverlap);
        }
        if (!(maxFdr >= 0 && maxFdr <= 1)) {
            throw new IllegalArgumentException("max FDR must be between 0 and 1, got " + maxFdr);
        }
        if (background != null && background < 1) {
            throw new IllegalArgumentException("background must be a positive number of genes, got " + background);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /** The list tested against all figures, with the defaults: min overlap 2, no FDR cut-off. */
    public static EnrichRequest of(List<String> genes) {
        return new EnrichRequest(genes, null, null, DEFAULT_MIN_OVERLAP, 1.0, null, DEFAULT_LIMIT);
    }

    /** This request testing only figures that match {@code query} ({@code null}: all). */
    public EnrichRequest withQuery(String query) {
        return new EnrichRequest(genes, query, organism, minOverlap, maxFdr, background, limit);
    }

    /** This request testing only figures of {@code organism} ({@code null}: all). */
    public EnrichRequest withOrganism(String organism) {
        return new EnrichRequest(genes, query, organism, minOverlap, maxFdr, background, limit);
    }

    /** This request listing only figures that share at least {@code minOverlap} genes. */
    public EnrichRequest withMinOverlap(int minOverlap) {
        return new EnrichRequest(genes, query, organism, minOverlap, maxFdr, background, limit);
    }

    /** This request listing only figures with q at most {@code maxFdr}. */
    public EnrichRequest withMaxFdr(double maxFdr) {
        return new EnrichRequest(genes, query, organism, minOverlap, maxFdr, background, limit);
    }

    /** This request with a background of {@code background} genes ({@code null}: the default). */
    public EnrichRequest withBackground(Integer background) {
        return new EnrichRequest(genes, query, organism, minOverlap, maxFdr, background, limit);
    }

    /** This request listing at most {@code limit} figures. */
    public EnrichRequest withLimit(int limit) {
        return new EnrichRequest(genes, query, organism, minOverlap, maxFdr, background, limit);
    }
}
