package org.pfocr.enrich;

import java.util.Objects;

/**
 * The figures most like one figure, by shared genes and by text. Immutable.
 *
 * @param figid the figure to compare the others with
 * @param limit how many figures to list at most
 */
public record SimilarRequest(String figid, int limit) {

    /** Default {@link #limit}. */
    public static final int DEFAULT_LIMIT = 10;

    public SimilarRequest {
        Objects.requireNonNull(figid, "figid");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /** The {@value #DEFAULT_LIMIT} figures most like {@code figid}. */
    public static SimilarRequest of(String figid) {
        return new SimilarRequest(figid, DEFAULT_LIMIT);
    }

    /** This request listing at most {@code limit} figures. */
    public SimilarRequest withLimit(int limit) {
        return new SimilarRequest(figid, limit);
    }
}
