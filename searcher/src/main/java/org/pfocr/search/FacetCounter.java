package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.pfocr.results.Facet;
import org.pfocr.results.FacetCount;
import org.pfocr.schema.FigureFacets;

/**
 * The facet dimensions over a set of matching figures: the values with the highest counts, most
 * frequent first, ties in the order of the values (as Lucene's facet counts give them).
 */
final class FacetCounter {

    private FacetCounter() {
    }

    /**
     * The top {@code limit} values of every dimension over the figures {@code hits}. Once the
     * commit's tables are read: by {@link FacetTop} when the hits are many or, judged from the count
     * of a sample of them, gather on few values; else by counting every hit's values.
     */
    static List<Facet> count(FacetOrdinalCounter counter, MatchingFigures hits, int limit) throws IOException {
        if (limit == 0) {
            return top(counter, null, 0);
        }
        FacetOrdinalCounter.Tables tables = counter.tables();
        if (tables == null) {
            return top(counter, counter.count(hits.bySegment(), null), limit);
        }
        if (FacetTop.worthIt(hits.count(), counter.liveFigures())) {
            return FacetTop.top(counter, tables.byValue(), hits.bySegment(), limit);
        }
        FacetOrdinalCounter.Sample sample = counter.sample(hits.bySegment(), tables.byDocument());
        if (FacetTop.cheaperThanCounting(counter, tables.byValue(), sample, hits.count(), limit)) {
            return FacetTop.top(counter, tables.byValue(), hits.bySegment(), limit);
        }
        return top(counter, counter.addRest(sample, hits.bySegment(), tables.byDocument()), limit);
    }

    /**
     * The top {@code limit} values of every dimension of {@code counter}'s ordinals by {@code counts}
     * (of hits by global ordinal; {@code null} when {@code limit} is 0, which gives every dimension
     * no values).
     */
    static List<Facet> top(FacetOrdinalCounter counter, int[] counts, int limit) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (String dimension : FigureFacets.DIMENSIONS) {
            OrdRange range = counter.state().getOrdRange(dimension);
            facets.add(range == null || limit == 0 ? new Facet(dimension, List.of())
                    : top(dimension, counts, range, limit, counter.labels()));
        }
        return facets;
    }

    /** The {@code limit} values of {@code range} with the highest counts (ties by ordinal, the values' order). */
    private static Facet top(String dimension, int[] counts, OrdRange range, int limit, FacetLabels labels)
            throws IOException {
        Comparator<Integer> worstFirst = Comparator.<Integer>comparingInt(ord -> counts[ord])
                .thenComparing(Comparator.reverseOrder());
        int rangeSize = range.end() - range.start() + 1;
        PriorityQueue<Integer> top = new PriorityQueue<>(Math.min(limit, rangeSize) + 1, worstFirst);
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                if (top.size() < limit || worstFirst.compare(ord, top.peek()) > 0) {
                    top.add(ord);
                    if (top.size() > limit) {
                        top.poll();
                    }
                }
            }
        }
        FacetCount[] values = new FacetCount[top.size()];
        for (int i = values.length - 1; i >= 0; i--) {
            int ord = top.poll();
            values[i] = new FacetCount(labels.of(ord), counts[ord]);
        }
        return new Facet(dimension, List.of(values));
    }
}
