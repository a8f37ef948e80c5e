package org.pfocr.results;

import java.util.List;

/**
 * The top values of one facet dimension over all matching figures.
 *
 * @param dimension {@code organism}, {@code year}, {@code gene} or {@code journal}
 * @param values the top values, most frequent first (ties by value)
 * @param distinctValues how many distinct values the matching figures have in all
 */
public record Facet(String dimension, List<FacetCount> values, int distinctValues) {

    public Facet {
        values = List.copyOf(values);
    }
}
