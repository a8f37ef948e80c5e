package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query ranked with its all-words bonuses apart ({@link DisjunctionWithBonuses}) matches the
 * same figures as the query as parsed, with the same scores but for rounding; the best pages it
 * ranks, skipping what cannot enter them, are those of scoring every hit; and it explains each
 * score it gives. On the testdata, a recombined index with deletions and the real sample, for
 * bonuses of runs of words and of ORs, nested in one another, boosted, and inside conjunctions.
 */
class RankingQueryTest {

    private static final List<String> WITH_BONUSES = List.of(
            "osteoclast differentiation", "signaling pathway", "Wnt OR Hedgehog", "STAT3 OR JAK2 OR IL6",
            "caspase OR p53 OR Bcl-2", "Bcl-2 apoptosis", "TNF-alpha OR IL-6", "genes:STAT3 OR genes:AKT1",
            "title:signaling OR caption:kinase", "year:>=2015 OR apoptosis", "NF-κB OR \"MAP kinase\"",
            "(STAT3 OR JAK2) AND inflammation", "organism:human AND (apoptosis autophagy)",
            "(apoptosis autophagy)^2 OR receptor", "(osteoclast differentiation) OR (T cell)",
            "((apoptosis autophagy) AND receptor) OR kinase", "(signaling pathway)^0.5 OR apoptosis^4",
            "apoptosis autophagy -cancer", "Wnt Hedgehog Notch signaling");

    @TempDir
    Path temp;

    @Test
    void aQueryWithoutBonusesRanksAsItsCoveredPhrasesDo() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.testdataIndex(temp), snapshot -> {
            for (String text : List.of("apoptosis", "NF-κB", "genes:STAT3 AND organism:human", "\"signaling pathway\"")) {
                Query query = snapshot.searcher().rewrite(SearchRunner.parse(snapshot, text));
                assertEquals(CoveredPhrases.of(query), RankingQuery.of(query), text);
            }
        });
    }

    @Test
    void rankingIsTheParsedQuerysOnTheTestdata() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.testdataIndex(temp), RankingQueryTest::assertSameRanking);
    }

    @Test
    void rankingIsTheParsedQuerysOnARecombinedIndexWithDeletions() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.recombinedWithDeletions(temp, 1500, 5, 60),
                RankingQueryTest::assertSameRanking);
    }

    @Test
    void rankingIsTheParsedQuerysOnRealRecords() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.sharedIndex(), RankingQueryTest::assertSameRanking);
    }

    private static void assertSameRanking(IndexSnapshot snapshot) throws Exception {
        IndexSearcher searcher = snapshot.searcher();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        FigidOrder figids = FigidOrder.read(searcher.getIndexReader());
        int pagesChecked = 0;
        for (String text : WITH_BONUSES) {
            Query query = searcher.rewrite(SearchRunner.parse(snapshot, text));
            Query ranking = RankingQuery.of(query);
            assertTrue(hasBonusesApart(ranking), text + ": " + ranking);
            Map<Integer, Float> expected = scores(searcher, query);
            Map<Integer, Float> actual = scores(searcher, ranking);
            assertEquals(expected.keySet(), actual.keySet(), text);
            expected.forEach((doc, score) -> TestIndexes.assertScoreClose(score, actual.get(doc), text + ", document " + doc));
            List<String> everyHit = TestIndexes.rankedWithScoreBits(searcher.search(ranking, new TopByScoreThenFigid(all, figids)));
            for (int wanted : new int[] {1, 10, 40}) {
                List<String> page = TestIndexes.rankedWithScoreBits(searcher.search(ranking, new TopByScoreThenFigid(wanted, figids)));
                assertEquals(everyHit.subList(0, Math.min(wanted, everyHit.size())), page, text + ", top " + wanted);
                pagesChecked += page.isEmpty() ? 0 : 1;
            }
            for (String hit : everyHit.subList(0, Math.min(5, everyHit.size()))) {
                int doc = Integer.parseInt(hit.substring(0, hit.indexOf(':')));
                Explanation explained = searcher.explain(ranking, doc);
                assertTrue(explained.isMatch(), text);
                TestIndexes.assertScoreClose(actual.get(doc), explained.getValue().floatValue(), text + ": " + explained);
            }
        }
        assertTrue(pagesChecked >= WITH_BONUSES.size() * 2, "too few queries with hits: " + pagesChecked);
    }

    private static boolean hasBonusesApart(Query query) {
        List<Query> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (parent instanceof DisjunctionWithBonuses) {
                    found.add(parent);
                }
                return this;
            }
        });
        return !found.isEmpty();
    }

    /** The score of every document {@code query} matches, each scored in full. */
    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new TreeMap<>();
        searcher.search(query, new SimpleCollector() {
            private Scorable scorer;
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                scores.put(docBase + doc, scorer.score());
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return scores;
    }
}
