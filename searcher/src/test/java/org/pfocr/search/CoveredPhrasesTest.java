package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Covered phrases are found only where a term beside them matches whatever they could; a query
 * with them ranks every hit as the query without (the same figures, in the same order, with the
 * same scores to the last bit, and the same explanations), and a query without them matches the
 * same figures, on the testdata, a recombined index with deletions and the real sample.
 */
class CoveredPhrasesTest {

    private static final List<String> QUERIES = Stream.concat(MatchedFieldsTest.QUERIES.stream(), Stream.of(
            "Hedgehog", "\"signaling pathway\" OR apoptosis", "caption:\"signaling pathway\" OR caption:signaling",
            "caption:\"signaling pathway\"~3 OR title:pathway", "\"MAP kinase\" AND NF-κB", "NF-κB -\"cell death\"",
            "title:\"signaling pathway\" OR title:signaling^3", "ERK", "PI3K", "Bcl-2 apoptosis",
            "NF-κB AND organism:mouse", "Hedgehog -apoptosis", "apoptosis -NF-κB"))
            .toList();

    @TempDir
    Path temp;

    @Test
    void aPhraseBesideOneOfItsWordsIsCovered() {
        PhraseQuery phrase = new PhraseQuery("caption", "nfkappab", "complex");
        BooleanQuery query = anyOf(new TermQuery(new Term("caption", "nfkappab")), new BoostQuery(phrase, 1.5f));
        BooleanQuery covered = assertInstanceOf(BooleanQuery.class, CoveredPhrases.of(query));
        BoostQuery boosted = assertInstanceOf(BoostQuery.class, covered.clauses().get(1).query());
        assertEquals(1.5f, boosted.getBoost());
        assertEquals(phrase, assertInstanceOf(CoveredPhraseQuery.class, boosted.getQuery()).phrase());
        BooleanQuery leftOut = assertInstanceOf(BooleanQuery.class, CoveredPhrases.leftOut(query));
        assertEquals(List.of(query.clauses().get(0)), leftOut.clauses());
    }

    @Test
    void synonymsCoverAPhraseOfOneOfTheirTerms() {
        Query synonyms = new SynonymQuery.Builder("gene").addTerm(new Term("gene", "shh"))
                .addTerm(new Term("gene", "hedgehog")).build();
        Query query = anyOf(synonyms, new PhraseQuery("gene", "hedgehog", "family"));
        BooleanQuery covered = assertInstanceOf(BooleanQuery.class, CoveredPhrases.of(query));
        assertInstanceOf(CoveredPhraseQuery.class, covered.clauses().get(1).query());
    }

    @Test
    void nestedDisjunctionsAreSearchedUnderAConjunction() {
        Query word = anyOf(new TermQuery(new Term("caption", "hedgehog")),
                new PhraseQuery("caption", "hedgehog", "protein"));
        Query query = new BooleanQuery.Builder().add(word, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("caption", "wnt")), BooleanClause.Occur.MUST).build();
        BooleanQuery covered = assertInstanceOf(BooleanQuery.class, CoveredPhrases.of(query));
        BooleanQuery inner = assertInstanceOf(BooleanQuery.class, covered.clauses().get(0).query());
        assertInstanceOf(CoveredPhraseQuery.class, inner.clauses().get(1).query());
    }

    @Test
    void phrasesNotCoveredStayAsTheyAre() {
        PhraseQuery phrase = new PhraseQuery("caption", "signaling", "pathway");
        List<Query> uncovered = List.of(
                anyOf(new TermQuery(new Term("title", "signaling")), phrase),
                anyOf(new TermQuery(new Term("caption", "apoptosis")), phrase),
                new BooleanQuery.Builder().add(new TermQuery(new Term("caption", "signaling")), BooleanClause.Occur.MUST)
                        .add(phrase, BooleanClause.Occur.SHOULD).build(),
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                        .add(new TermQuery(new Term("caption", "signaling")), BooleanClause.Occur.SHOULD)
                        .add(phrase, BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("caption", "apoptosis")), BooleanClause.Occur.SHOULD).build(),
                phrase);
        for (Query query : uncovered) {
            assertSame(query, CoveredPhrases.of(query), query.toString());
        }
    }

    @Test
    void rankingIsUnchangedOnTheTestdata() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.testdataIndex(temp), CoveredPhrasesTest::assertSameRanking);
    }

    @Test
    void rankingIsUnchangedOnARecombinedIndexWithDeletions() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.recombinedWithDeletions(temp, 400, 11, 40),
                CoveredPhrasesTest::assertSameRanking);
    }

    @Test
    void rankingIsUnchangedOnRealRecords() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.sharedIndex(), CoveredPhrasesTest::assertSameRanking);
    }

    private static void assertSameRanking(IndexSnapshot snapshot) throws Exception {
        IndexSearcher searcher = snapshot.searcher();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        FigidOrder figids = FigidOrder.read(searcher.getIndexReader());
        List<String> covering = new ArrayList<>();
        for (String text : QUERIES) {
            Query query = searcher.rewrite(SearchRunner.parse(snapshot, text));
            assertEquals(matched(searcher, query, all), matched(searcher, CoveredPhrases.leftOut(query), all), text);
            Query covered = CoveredPhrases.of(query);
            if (covered == query) {
                continue;
            }
            covering.add(text);
            for (int wanted : new int[] {10, all}) {
                TopDocs expected = searcher.search(query, new TopByScoreThenFigid(wanted, figids));
                TopDocs actual = searcher.search(covered, new TopByScoreThenFigid(wanted, figids));
                assertEquals(TestIndexes.rankedWithScoreBits(expected), TestIndexes.rankedWithScoreBits(actual), text + ", top " + wanted);
                assertEquals(searcher.count(query), searcher.count(covered), text);
            }
            for (ScoreDoc hit : searcher.search(query, 5).scoreDocs) {
                assertEquals(searcher.explain(query, hit.doc).toString(), searcher.explain(covered, hit.doc).toString(), text);
            }
        }
        assertTrue(covering.size() >= 8, "queries with covered phrases: " + covering);
    }

    /** The documents {@code query} matches, in order. */
    private static List<Integer> matched(IndexSearcher searcher, Query query, int all) throws IOException {
        return Stream.of(searcher.search(new ConstantScoreQuery(query), all).scoreDocs).map(hit -> hit.doc).sorted()
                .toList();
    }

    private static BooleanQuery anyOf(Query... clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            builder.add(clause, BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }
}
