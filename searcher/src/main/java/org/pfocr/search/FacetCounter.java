package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.pfocr.results.Facet;
import org.pfocr.results.FacetCount;
import org.pfocr.schema.FigureFacets;

/** Counts the facet dimensions over a set of matching figures (or over all figures). */
final class FacetCounter {

    private FacetCounter() {
    }

    /** The top {@code limit} values of every dimension over the figures {@code hits} collected. */
    static List<Facet> count(SortedSetDocValuesReaderState state, FacetsCollector hits, int limit) throws IOException {
        return facets(new SortedSetDocValuesFacetCounts(state, hits), state, limit);
    }

    /** The top {@code limit} values of every dimension over all figures. */
    static List<Facet> countAll(SortedSetDocValuesReaderState state, int limit) throws IOException {
        return facets(new SortedSetDocValuesFacetCounts(state), state, limit);
    }

    private static List<Facet> facets(Facets counts, SortedSetDocValuesReaderState state, int limit) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (String dimension : FigureFacets.DIMENSIONS) {
            if (state.getOrdRange(dimension) == null || limit == 0) {
                facets.add(new Facet(dimension, List.of(), 0));
                continue;
            }
            FacetResult result = counts.getTopChildren(limit, dimension);
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
            facets.add(new Facet(dimension, values, result == null ? 0 : result.childCount));
        }
        return facets;
    }
}
