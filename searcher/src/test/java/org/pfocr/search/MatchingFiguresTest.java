package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.FigureQueryParser;

/**
 * The figures a query matches, found alternative by alternative for a disjunction and by Lucene for
 * any other query, are exactly the figures Lucene collects, in every segment, deleted ones left out.
 */
class MatchingFiguresTest {

    /** Disjunctions only: read alternative by alternative. */
    private static final List<String> DISJUNCTIONS = List.of(
            "apoptosis", "STAT3", "IL-6", "NF-κB", "TNF-alpha", "MAPK", "Wnt OR Hedgehog", "STAT3 OR JAK2 OR IL6",
            "osteoclast differentiation", "\"osteoclast precursors\"", "\"RANK osteoclast\"~3", "kinas*",
            "genes:STAT3 OR genes:AKT1", "organism:human", "year:>=2015", "(apoptosis autophagy)^2 OR receptor",
            "*:*", "nothingmatchesthisword");
    /** Anything else: collected by Lucene. */
    private static final List<String> OTHERS = List.of(
            "(STAT3 OR JAK2) AND inflammation", "+signaling +pathway", "cancer NOT apoptosis", "pathway -receptor",
            "genes:AKT1 AND organism:human", "apoptosis AND year:>=2018");

    @TempDir
    static Path temp;
    private static IndexSnapshot snapshot;

    @BeforeAll
    static void index() throws Exception {
        Path index = TestIndexes.recombinedWithDeletions(temp, 400, 11, 30);
        snapshot = TestIndexes.openSnapshot(index);
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.reader().close();
    }

    private static Query bonusFree(IndexSearcher searcher, String text) throws Exception {
        FigureQueryParser parser = new FigureQueryParser(snapshot.queryAnalyzer());
        return searcher.rewrite(parser.withoutBonuses(parser.parseQuery(text)));
    }

    @Test
    void everyQueryMatchesTheFiguresLuceneCollects() throws Exception {
        IndexSearcher searcher = snapshot.searcher();
        int withHits = 0;
        for (String text : concat(DISJUNCTIONS, OTHERS)) {
            Query query = bonusFree(searcher, text);
            assertEquals(DISJUNCTIONS.contains(text), MatchingFigures.alternatives(query, new ArrayList<>()), text);
            MatchingFigures matched = MatchingFigures.of(searcher, query, () -> false);
            FacetsCollector lucenes = searcher.search(query, new FacetsCollectorManager());
            for (FacetsCollector.MatchingDocs docs : lucenes.getMatchingDocs()) {
                FixedBitSet expected = new FixedBitSet(docs.context().reader().maxDoc());
                expected.or(docs.bits().iterator());
                assertEquals(expected, matched.bySegment()[docs.context().ord], text + ", segment " + docs.context().ord);
            }
            assertEquals(searcher.count(query), matched.count(), text);
            assertFalse(matched.partial(), text);
            withHits += matched.count() > 0 ? 1 : 0;
        }
        assertEquals(DISJUNCTIONS.size() + OTHERS.size() - 1, withHits, "every query but the last disjunction has hits");
    }

    @Test
    void theTimeLimitStopsEitherWayAndMarksTheMatchesPartial() throws Exception {
        IndexSearcher searcher = new IndexSearcher(snapshot.reader());
        searcher.setTimeout(() -> true);
        for (String text : List.of(DISJUNCTIONS.get(0), OTHERS.get(0))) {
            MatchingFigures matched = MatchingFigures.of(searcher, bonusFree(searcher, text), () -> true);
            assertTrue(matched.partial(), text);
            assertEquals(0, matched.count(), text);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
