package org.pfocr.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;

/**
 * A search: the query, which page of hits, their order, and what else to compute. Immutable;
 * the {@code with...} methods return changed copies.
 *
 * @param query the query, in the syntax of {@link org.pfocr.query.FigureQueryParser}
 * @param limit hits per page, 0 or more
 * @param offset hits to skip, 0 or more
 * @param sort the order of hits
 * @param facets whether to count facets over all matching figures
 * @param facetLimit values per facet dimension
 * @param filters facet values every hit must have (drill-down)
 * @param explain whether each hit carries an explanation of its score
 * @param timeout how long the search may take before it stops with partial results; positive
 */
public record SearchRequest(
        String query, int limit, int offset, SortOrder sort, boolean facets, int facetLimit,
        List<FacetFilter> filters, boolean explain, Duration timeout) {

    /** Default page size. */
    public static final int DEFAULT_LIMIT = 10;
    /** Default time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * A facet value a hit must have, e.g. {@code organism = Homo sapiens}.
     *
     * @param dimension one of {@link FigureFacets#DIMENSIONS}
     * @param value the value, as facets report it (one no figure has stands for those that differ
     *     from it in case only; an organism may be named as in queries): not empty, and for the year, a year
     */
    public record FacetFilter(String dimension, String value) {
        public FacetFilter {
            Objects.requireNonNull(value, "value");
            if (!FigureFacets.DIMENSIONS.contains(dimension)) {
                throw new IllegalArgumentException("unknown facet '" + dimension + "': use one of "
                        + String.join(", ", FigureFacets.DIMENSIONS));
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("the facet " + dimension + " needs a value after '='");
            }
            if (dimension.equals(FigureFields.FACET_YEAR) && !value.matches("[0-9]{1,4}")) {
                throw new IllegalArgumentException("year needs a year such as 2012, not '" + value + "'");
            }
        }

        /**
         * The filter written {@code FACET=VALUE} (split at the first {@code =}), empty when there is
         * no {@code =}.
         *
         * @throws IllegalArgumentException for an unknown facet or a value it cannot have, as the constructor
         */
        public static Optional<FacetFilter> parse(String facetEqualsValue) {
            int equals = facetEqualsValue.indexOf('=');
            return equals < 0 ? Optional.empty()
                    : Optional.of(new FacetFilter(facetEqualsValue.substring(0, equals), facetEqualsValue.substring(equals + 1)));
        }
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(timeout, "timeout");
        if (limit < 0 || offset < 0 || facetLimit < 0) {
            throw new IllegalArgumentException("limit, offset and facetLimit must not be negative");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        filters = List.copyOf(filters);
    }

    /** The first {@value #DEFAULT_LIMIT} hits of {@code query} by relevance, no facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0, SortOrder.RELEVANCE, false, 10, List.of(), false,
                DEFAULT_TIMEOUT);
    }

    /** This request with another page size. */
    public SearchRequest withLimit(int limit) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }

    /** This request skipping the first {@code offset} hits. */
    public SearchRequest withOffset(int offset) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }

    /** This request in another order. */
    public SearchRequest withSort(SortOrder sort) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }

    /** This request with facets counted (or not). */
    public SearchRequest withFacets(boolean facets) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }

    /** This request with {@code facetLimit} values per facet dimension. */
    public SearchRequest withFacetLimit(int facetLimit) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }

    /** This request keeping only figures with {@code value} in facet {@code dimension}. */
    public SearchRequest withFilter(String dimension, String value) {
        return withFilter(new FacetFilter(dimension, value));
    }

    /** This request keeping only figures that pass {@code filter} too. */
    public SearchRequest withFilter(FacetFilter filter) {
        List<FacetFilter> more = new ArrayList<>(filters);
        more.add(filter);
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, more, explain, timeout);
    }

    /** This request with score explanations (or not). */
    public SearchRequest withExplain(boolean explain) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }

    /** This request with another time limit. */
    public SearchRequest withTimeout(Duration timeout) {
        return new SearchRequest(query, limit, offset, sort, facets, facetLimit, filters, explain, timeout);
    }
}
