package org.pfocr.results;

import java.time.Duration;
import java.util.List;

/**
 * The answer to a search: one page of hits, the total, and facets over all matching figures.
 *
 * @param query the query as given
 * @param total how many figures match
 * @param hits the requested page of hits, best first
 * @param facets facet counts over all matching figures; empty when not asked for
 * @param took how long the search took
 * @param partial whether the search ran out of time, so hits and counts may be incomplete
 */
public record SearchResults(
        String query, long total, List<Hit> hits, List<Facet> facets, Duration took, boolean partial) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
