package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.results.Facet;
import org.pfocr.results.FacetCount;
import org.pfocr.results.SearchResults;
import org.pfocr.schema.FigureFacets;

/**
 * The facets {@link FacetCounter} gives are those of Lucene's facet counts, on an index of several
 * segments with deleted figures, for few and many hits, for any number of values, whether counted
 * from the doc values (a commit's first count), from the ordinal table (every later one with few
 * hits) or by {@link FacetTop} (every later one with many).
 */
class FacetCounterTest {

    private static final List<String> QUERIES = List.of(
            "*:*", "*:* -organism:human", "*:* -genes:STAT3", "organism:human", "organism:mouse", "genes:STAT3", "apoptosis",
            "cancer NOT apoptosis", "title:Revised", "year:>=2015", "nothingmatchesthis");
    private static final int[] LIMITS = {1, 2, 5, 10, 1000};

    @TempDir
    Path temp;

    @Test
    void facetsAreThoseOfLucenesFacetCounts() throws Exception {
        Path index = indexWithSegmentsAndDeletions();
        IndexSnapshot snapshot = TestIndexes.openSnapshot(index);
        try {
            assertTrue(snapshot.reader().leaves().size() > 1, "one segment only");
            assertTrue(snapshot.reader().hasDeletions(), "no deleted figures");
            SortedSetDocValuesReaderState state = snapshot.facetState();
            FacetOrdinalCounter counter = new FacetOrdinalCounter(state, snapshot.reader());
            IndexSearcher searcher = snapshot.searcher();
            int manyHits = 0;
            int fewHits = 0;
            for (String query : QUERIES) {
                Query parsed = searcher.rewrite(SearchRunner.parse(snapshot, query));
                FacetsCollector lucenesHits = searcher.search(parsed, new FacetsCollectorManager());
                int total = lucenesHits.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
                boolean many = FacetTop.worthIt(total, searcher.getIndexReader().numDocs());
                manyHits += many ? 1 : 0;
                fewHits += many || total == 0 ? 0 : 1;
                MatchingFigures hits = MatchingFigures.of(searcher, parsed, () -> false);
                assertEquals(total, hits.count(), query);
                for (int limit : LIMITS) {
                    List<Facet> expected = lucenes(state, lucenesHits, limit);
                    assertEquals(expected, FacetCounter.count(counter, hits, limit), query + ", " + limit + " values");
                    FacetOrdinalCounter firstCount = new FacetOrdinalCounter(state, snapshot.reader());
                    assertEquals(expected, FacetCounter.count(firstCount, hits, limit),
                            query + ", " + limit + " values, the first count of a commit");
                }
            }
            assertTrue(manyHits >= 2 && fewHits >= 2, "too few queries of many hits or of few: " + manyHits + ", " + fewHits);
        } finally {
            snapshot.reader().close();
        }
    }

    @Test
    void everyFacetSearchOfACommitGivesTheSameFacets() throws Exception {
        Path index = indexWithSegmentsAndDeletions();
        try (FigureSearcher searcher = FigureSearcher.open(index)) {
            SearchRequest request = SearchRequest.of("apoptosis OR organism:human").withFacets(true);
            SearchResults first = searcher.search(request);
            assertFalse(first.facets().isEmpty());
            for (int i = 0; i < 3; i++) {
                assertEquals(first.facets(), searcher.search(request).facets());
            }
        }
    }

    /** The facets as Lucene's {@link SortedSetDocValuesFacetCounts} count them. */
    private static List<Facet> lucenes(SortedSetDocValuesReaderState state, FacetsCollector hits, int limit)
            throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
        List<Facet> facets = new ArrayList<>();
        for (String dimension : FigureFacets.DIMENSIONS) {
            FacetResult result = state.getOrdRange(dimension) == null ? null : counts.getTopChildren(limit, dimension);
            List<FacetCount> values = new ArrayList<>();
            for (LabelAndValue value : result == null ? new LabelAndValue[0] : result.labelValues) {
                values.add(new FacetCount(value.label, value.value.intValue()));
            }
            facets.add(new Facet(dimension, values));
        }
        return facets;
    }

    /** Three copies of the testdata, then three more and five retitled records in an update. */
    private Path indexWithSegmentsAndDeletions() throws Exception {
        Path index = temp.resolve("index");
        TestCorpus corpus = TestCorpus.in(temp.resolve("records"));
        List<Path> files = corpus.addCopies(0, 3);
        new FigureIndexer(IndexOptions.rebuild(index, List.of(corpus.root())), IndexListener.SILENT).run();
        List<Path> changed = new ArrayList<>(corpus.addCopies(3, 6));
        for (int i = 0; i < 5; i++) {
            TestCorpus.retitle(files.get(i * 7), "Revised figure " + i);
            changed.add(files.get(i * 7));
        }
        TestIndexes.rewriteWithoutMerging(index, changed);
        return index;
    }
}
