package org.pfocr.results;

import java.util.List;

/**
 * The top values of one facet dimension over all matching figures.
 *
 * @param dimension {@code organism}, {@code year}, {@code gene} or {@code journal}
 * @param values the top values, most frequent first (ties by value)
 */
public record Facet(String dimension, List<FacetCount> values) {

    public Facet {
        values = List.copyOf(values);
    }
}
