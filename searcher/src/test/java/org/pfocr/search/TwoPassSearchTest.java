package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.FigureQueryParser;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;
import org.pfocr.results.Snippet;
import org.pfocr.schema.FigureFields;

/**
 * A search counts its hits in one pass, without scores or all-words bonuses, and ranks the best
 * page in another, where Lucene skips what cannot enter it (from a commit's second search on, with
 * ties broken by the figid order held in memory): both must give what one pass scoring every hit
 * gives (with the query in the form that ranks it: {@link RankingQuery}, {@code RankingQueryTest}),
 * the exact total and the same figures in the same order with the same scores,
 * with the snippets and matched fields the ranked query marks, on a corpus recombined from the
 * testdata (many hits, many tied scores), for every kind of query.
 */
class TwoPassSearchTest {

    private static final List<String> QUERIES = List.of(
            "apoptosis", "STAT3", "IL-6", "NF-κB", "TNF-alpha", "osteoclast differentiation", "Wnt OR Hedgehog",
            "STAT3 OR JAK2 OR IL6", "(STAT3 OR JAK2) AND inflammation", "+signaling +pathway", "cancer NOT apoptosis",
            "\"signaling pathway\"", "\"signaling pathway\"~2", "kinas*", "genes:STAT3 OR genes:AKT1",
            "organism:human", "year:>=2015", "(apoptosis autophagy)^2 OR receptor", "title:signaling OR caption:kinase",
            "pathway -receptor", "*:*", "nothingmatchesthisword");
    /** Those of {@link #QUERIES} with an all-words bonus: several optional words or clauses. */
    private static final List<String> WITH_BONUS = List.of(
            "osteoclast differentiation", "Wnt OR Hedgehog", "STAT3 OR JAK2 OR IL6", "(STAT3 OR JAK2) AND inflammation",
            "genes:STAT3 OR genes:AKT1", "(apoptosis autophagy)^2 OR receptor", "title:signaling OR caption:kinase");
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(FigureFields.FIGID, SortField.Type.STRING));

    @TempDir
    static Path temp;
    private static FigureSearcher searcher;
    /** The same commit as {@link #searcher}'s, for Lucene's own search. */
    private static IndexSnapshot snapshot;

    @BeforeAll
    static void index() throws Exception {
        Path index = TestIndexes.recombinedWithDeletions(temp, 1500, 7, 40);
        searcher = FigureSearcher.open(index);
        snapshot = TestIndexes.openSnapshot(index);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
        snapshot.reader().close();
    }

    @Test
    void twoPassesGiveTheTotalAndPageOfOneExactPass() throws Exception {
        IndexSearcher lucene = snapshot.searcher();
        int checkedPages = 0;
        for (String text : QUERIES) {
            Query query = lucene.rewrite(SearchRunner.parse(snapshot, text));
            for (int offset : new int[] {0, 10, 40}) {
                TopDocs exact = lucene.search(RankingQuery.of(query), new TopFieldCollectorManager(BY_RELEVANCE, offset + 10, null,
                        Integer.MAX_VALUE));
                assertEquals(TotalHits.Relation.EQUAL_TO, exact.totalHits.relation());
                for (boolean facets : new boolean[] {false, true}) {
                    SearchResults results = searcher.search(
                            SearchRequest.of(text).withOffset(offset).withLimit(10).withFacets(facets));
                    String what = text + ", offset " + offset + (facets ? ", with facets" : "");
                    assertEquals(exact.totalHits.value(), results.total(), what);
                    assertEquals(page(lucene, exact, offset), page(results.hits()), what);
                    assertEquals(marks(lucene, query, exact, offset), marks(results.hits()), what);
                    checkedPages += results.hits().isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(checkedPages > QUERIES.size() * 3, "too few queries with hits: " + checkedPages);
    }

    @Test
    void withoutBonusesAQueryMatchesTheSameFigures() throws Exception {
        IndexSearcher lucene = snapshot.searcher();
        for (String text : QUERIES) {
            FigureQueryParser parser = new FigureQueryParser(snapshot.queryAnalyzer());
            Query parsed = parser.parseQuery(text);
            Query bonusFree = parser.withoutBonuses(parsed);
            assertEquals(WITH_BONUS.contains(text), bonusFree != parsed, text + ": " + bonusFree);
            assertEquals(lucene.count(parsed), lucene.count(bonusFree), text);
            assertSame(bonusFree, parser.withoutBonuses(bonusFree), text + ": a second time");
        }
    }

    /** The figids and scores of the exact pass's hits from {@code offset} on. */
    private static List<String> page(IndexSearcher lucene, TopDocs exact, int offset) throws Exception {
        List<String> page = new ArrayList<>();
        for (int i = offset; i < exact.scoreDocs.length; i++) {
            ScoreDoc hit = exact.scoreDocs[i];
            String figid = lucene.storedFields().document(hit.doc).get(FigureFields.FIGID);
            page.add(figid + " " + ((FieldDoc) hit).fields[0]);
        }
        return page;
    }

    /** The snippets and matched fields of the exact pass's hits from {@code offset} on, as the ranked query finds them. */
    private static List<String> marks(IndexSearcher lucene, Query query, TopDocs exact, int offset) throws Exception {
        int[] docs = Arrays.stream(exact.scoreDocs).skip(offset).mapToInt(hit -> hit.doc).toArray();
        Snippet[] snippets = new CaptionHighlighter(lucene, snapshot).snippets(query, docs, TestIndexes.captions(lucene, docs));
        List<List<String>> matched = new MatchedFields(lucene, query).of(docs);
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            marks.add(snippets[i] + " " + matched.get(i));
        }
        return marks;
    }

    private static List<String> marks(List<Hit> hits) {
        return hits.stream().map(hit -> hit.snippet() + " " + hit.matchedFields()).toList();
    }

    private static List<String> page(List<Hit> hits) {
        return hits.stream().map(hit -> hit.figid() + " " + hit.score()).toList();
    }
}
