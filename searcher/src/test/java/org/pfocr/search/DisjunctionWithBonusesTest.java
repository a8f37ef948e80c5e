package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pfocr.query.AllWordsBonus;

/**
 * The pages a {@link DisjunctionWithBonuses} ranks while skipping are those of scoring every hit,
 * on random documents in several segments with deletions, for bonuses as the parser nests them:
 * a boosted run of words inside an OR, whose part keeps the run's own bonus, so that a figure with
 * every word scores up to 16 times its score without bonuses (a bound of 1 + the sum of the
 * weights, 7, would lose such figures); and inside a conjunction.
 */
class DisjunctionWithBonusesTest {

    private static final String FIELD = "f";
    private static final float WEIGHT = 3f;
    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        String[] words = {"a", "b", "c", "d", "x", "y", "z"};
        double[] odds = {0.25, 0.25, 0.5, 0.5, 0.9, 0.9, 0.9};
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(700)
                .setMergePolicy(NoMergePolicy.INSTANCE); // merges on commit could leave one segment without deletions
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int id = 0; id < 3000; id++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    if (random.nextDouble() < odds[w]) {
                        text.append((words[w] + ' ').repeat(1 + random.nextInt(w < 4 ? 3 : 12)));
                    }
                }
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
                doc.add(new TextField(FIELD, text.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
            for (int id = 0; id < 3000; id += 7) {
                writer.deleteDocuments(new Term("id", Integer.toString(id)));
            }
        }
        reader = DirectoryReader.open(directory);
        assertTrue(reader.leaves().size() > 1 && reader.hasDeletions(), "one segment, or no deletions");
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void aBoostedRunInsideAnOrRanksAsWhenEveryHitIsScored() throws Exception {
        Query run = withBonus(anyOf(term("a"), term("b")), List.of(term("a"), term("b")));
        Query boostedRun = new BoostQuery(run, 2f);
        // As the parser makes (a b)^2 OR c, flattened: the OR's first part is the boosted run with its bonus.
        Query flat = anyOf(new BoostQuery(term("a"), 2f), new BoostQuery(term("b"), 2f),
                new BoostQuery(new AllWordsBonus(List.of(term("a"), term("b")), WEIGHT), 2f), term("c"),
                new AllWordsBonus(List.of(boostedRun, term("c")), WEIGHT));
        assertRanksAsEveryHitScored(flat);
    }

    @Test
    void bonusesInsideAConjunctionRankAsWhenEveryHitIsScored() throws Exception {
        Query words = anyOf(term("a"), term("b"), term("c"),
                new AllWordsBonus(List.of(term("a"), term("b"), term("c")), WEIGHT));
        BooleanQuery.Builder conjunction = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(term("d"), BooleanClause.Occur.MUST);
        assertRanksAsEveryHitScored(conjunction.build());
    }

    private static void assertRanksAsEveryHitScored(Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Query ranking = RankingQuery.of(query);
        assertTrue(ranking.toString().contains("withBonuses("), ranking.toString());
        int all = reader.maxDoc();
        ScoreDoc[] ranked = searcher.search(ranking, new TopScoreDocCollectorManager(all, Integer.MAX_VALUE)).scoreDocs;
        ScoreDoc[] parsed = searcher.search(query, new TopScoreDocCollectorManager(all, Integer.MAX_VALUE)).scoreDocs;
        assertEquals(parsed.length, ranked.length);
        for (int i = 0; i < parsed.length; i++) {
            TestIndexes.assertScoreClose(parsed[i].score, ranked[i].score, "rank " + i);
        }
        List<String> everyHit = hits(ranked);
        for (int wanted : new int[] {1, 3, 10, 30, 100}) {
            List<String> page = hits(searcher.search(ranking, new TopScoreDocCollectorManager(wanted, wanted)).scoreDocs);
            assertEquals(everyHit.subList(0, wanted), page, "top " + wanted);
        }
    }

    /** Each hit as its document and score. */
    private static List<String> hits(ScoreDoc[] hits) {
        List<String> listed = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            listed.add(hit.doc + ":" + hit.score);
        }
        return listed;
    }

    private static Query term(String word) {
        return new TermQuery(new Term(FIELD, word));
    }

    private static Query withBonus(Query base, List<Query> parts) {
        return anyOf(base, new AllWordsBonus(parts, WEIGHT));
    }

    private static Query anyOf(Query... clauses) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            any.add(clause, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
