package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.FigureQueryParser;

/**
 * A count shared out in slices gives what one count over the whole index gives, the total and
 * every facet (as counting every hit's values gives them, whether the slices counted them or
 * {@link FacetTop} found them), whoever runs the slices (helpers or the searching thread), on an
 * index of several segments with deleted figures; slices cover every document once, at word bounds.
 */
class HitCountTest {

    /** Phrases among the alternatives, so that the count is sliced; some match most figures. */
    private static final List<String> QUERIES = List.of(
            "\"signalling through\"", "\"Imd pathway\"~2", "\"T cell\" OR apoptosis", "\"cell death\" STAT3",
            "\"signaling pathway\" OR *:*", "\"signaling pathway\" OR organism:human", "\"nothing matches this\"",
            "\"Imd pathway\"", "\"cell surface\"", "\"MAPK pathway\" OR \"cell expansion\"");
    private static final int[] LIMITS = {0, 1, 5, 1000};
    /** Slices of 64 documents at least: many slices, some of them wholly hits. */
    private static final int SMALL_SLICES = 64;

    @TempDir
    static Path temp;
    private static IndexSnapshot snapshot;

    @BeforeAll
    static void index() throws Exception {
        Path index = TestIndexes.recombinedWithDeletions(temp, 1500, 11, 40);
        snapshot = TestIndexes.openSnapshot(index);
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.reader().close();
    }

    @Test
    void slicedCountsAreThoseOfOneCount() throws Exception {
        IndexSearcher searcher = snapshot.searcher();
        FacetOrdinalCounter counter = new FacetOrdinalCounter(snapshot.facetState(), snapshot.reader());
        assertEquals(null, counter.tables(), "the first count of a commit reads no table");
        assertEquals(null, counter.tablesIfRead(), "the first count of a commit reads no table");
        FacetOrdinalCounter.Tables tables = counter.tables();
        assertNotNull(tables, "the second count of a commit reads the tables");
        assertEquals(tables, counter.tablesIfRead());
        int manyHits = 0;
        int fewHits = 0;
        for (HelperThreads helpers : List.of(new HelperThreads(0), new HelperThreads(1), new HelperThreads(3))) {
            try (helpers) {
                for (String text : QUERIES) {
                    FigureQueryParser parser = new FigureQueryParser(snapshot.queryAnalyzer());
                    Query query = searcher.rewrite(parser.withoutBonuses(parser.parseQuery(text)));
                    MatchingFigures whole = MatchingFigures.of(searcher, query, () -> false);
                    boolean many = FacetTop.worthIt(whole.count(), counter.liveFigures());
                    manyHits += many ? 1 : 0;
                    fewHits += many || whole.count() == 0 ? 0 : 1;
                    int[] everyHitsValues = counter.count(whole.bySegment(), tables.byDocument());
                    for (int limit : LIMITS) {
                        HitCount count = HitCount.start(snapshot, searcher, query, counter, limit, helpers, SMALL_SLICES);
                        assertTrue(count.isSliced(), text + " was counted in one part");
                        HitCount.Counted sliced = count.join();
                        assertEquals(whole.count(), sliced.total(), text);
                        assertEquals(FacetCounter.top(counter, limit == 0 ? null : everyHitsValues, limit),
                                sliced.facets(), text + ", " + limit);
                        assertEquals(false, sliced.partial(), text);
                    }
                }
            }
        }
        assertTrue(manyHits >= 2 && fewHits >= 2, "too few queries of many hits or of few: " + manyHits + ", " + fewHits);
    }

    @Test
    void slicesCoverEveryDocumentOnceAtWordBounds() {
        List<LeafReaderContext> leaves = snapshot.reader().leaves();
        for (int smallest : new int[] {64, 640, 1 << 20}) {
            List<MatchingFigures.Slice> slices = HitCount.slices(leaves, smallest);
            for (LeafReaderContext leaf : leaves) {
                int next = 0;
                for (MatchingFigures.Slice slice : slices) {
                    if (slice.leaf() == leaf) {
                        assertEquals(next, slice.from(), "a gap or an overlap in segment " + leaf.ord);
                        assertEquals(0, slice.from() % 64, "not at a word bound");
                        assertTrue(slice.to() > slice.from());
                        next = slice.to();
                    }
                }
                assertEquals(leaf.reader().maxDoc(), next, "segment " + leaf.ord + " not covered");
            }
        }
    }
}
