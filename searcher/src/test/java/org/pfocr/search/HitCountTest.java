package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.FigureQueryParser;

/**
 * A count shared out in slices gives what one count over the whole index gives, the total and
 * every facet, whoever runs the slices (helpers or the searching thread), on an index of several
 * segments with deleted figures; slices cover every document once, at word bounds.
 */
class HitCountTest {

    /** Phrases among the alternatives, so that the count is sliced; some match most figures. */
    private static final List<String> QUERIES = List.of(
            "\"signaling pathway\"", "\"signaling pathway\"~2", "\"T cell\" OR apoptosis", "\"cell death\" STAT3",
            "\"signaling pathway\" OR *:*", "\"signaling pathway\" OR organism:human", "\"nothing matches this\"");
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
        MatchingFigures everything = MatchingFigures.of(searcher, new MatchAllDocsQuery(), () -> false);
        assertEquals(null, counter.tableIfRead(), "the first count of a commit reads no table");
        counter.count(everything);
        assertEquals(null, counter.tableIfRead(), "the first count of a commit reads no table");
        counter.count(everything);
        assertNotNull(counter.tableIfRead(), "the second count of a commit reads the table");
        int mostFigures = 0;
        for (HelperThreads helpers : List.of(new HelperThreads(0), new HelperThreads(1), new HelperThreads(3))) {
            try (helpers) {
                for (String text : QUERIES) {
                    FigureQueryParser parser = new FigureQueryParser(snapshot.queryAnalyzer());
                    Query query = searcher.rewrite(parser.withoutBonuses(parser.parseQuery(text)));
                    MatchingFigures whole = MatchingFigures.of(searcher, query, () -> false);
                    mostFigures += whole.count() * 5 > snapshot.reader().numDocs() * 3L ? 1 : 0;
                    for (int limit : LIMITS) {
                        HitCount count = HitCount.start(snapshot, searcher, query, counter, limit, helpers, SMALL_SLICES);
                        assertTrue(count.isSliced(), text + " was counted in one part");
                        HitCount.Counted sliced = count.join();
                        assertEquals(whole.count(), sliced.total(), text);
                        assertEquals(FacetCounter.count(counter, whole, limit), sliced.facets(), text + ", " + limit);
                        assertEquals(false, sliced.partial(), text);
                    }
                }
            }
        }
        assertTrue(mostFigures >= 2, "too few queries match most figures: " + mostFigures);
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
