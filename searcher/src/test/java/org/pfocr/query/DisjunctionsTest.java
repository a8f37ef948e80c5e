package org.pfocr.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flattened alternatives are one level of optional clauses, each with the product of the boosts
 * it was under, and match the same documents with the same scores (to a float's last bits);
 * clauses that are not alternatives keep their place.
 */
class DisjunctionsTest {

    private static final String[] WORDS = {"stat3", "jak2", "il6", "kinase", "pathway", "apoptosis", "tnf", "mapk"};
    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(3);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 400; i++) {
                Document doc = new Document();
                for (String field : List.of("caption", "title")) {
                    StringBuilder text = new StringBuilder();
                    for (int w = random.nextInt(12); w >= 0; w--) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    doc.add(new TextField(field, text.toString(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void nestedAlternativesBecomeOneLevelWithTheirBoostsMultiplied() {
        Query flat = Disjunctions.flatten(anyOf(
                new BoostQuery(anyOf(term("title", "stat3"), new BoostQuery(term("title", "jak2"), 2f)), 1.5f),
                term("caption", "stat3")));
        BooleanQuery bool = assertInstanceOf(BooleanQuery.class, flat);
        assertEquals(List.of(new BoostQuery(term("title", "stat3"), 1.5f), new BoostQuery(term("title", "jak2"), 3f),
                term("caption", "stat3")), bool.clauses().stream().map(BooleanClause::query).toList());
        assertTrue(bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD));
    }

    @Test
    void requiredClausesKeepTheirPlaceAndTheirAlternativesAreFlattened() {
        Query required = new BooleanQuery.Builder()
                .add(anyOf(anyOf(term("title", "tnf"), term("caption", "tnf")), term("caption", "mapk")), Occur.MUST)
                .add(term("caption", "kinase"), Occur.MUST_NOT)
                .build();
        BooleanQuery flat = assertInstanceOf(BooleanQuery.class, Disjunctions.flatten(anyOf(required, term("title", "il6"))));
        BooleanQuery kept = assertInstanceOf(BooleanQuery.class, flat.clauses().get(0).query());
        assertEquals(List.of(Occur.MUST, Occur.MUST_NOT), kept.clauses().stream().map(BooleanClause::occur).toList());
        assertEquals(anyOf(term("title", "tnf"), term("caption", "tnf"), term("caption", "mapk")),
                kept.clauses().get(0).query());
        Query leaf = term("caption", "stat3");
        assertSame(leaf, Disjunctions.flatten(leaf));
    }

    @Test
    void aFlatQueryMatchesTheSameDocumentsWithTheSameScores() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Query nested = randomQuery(random, 3);
            Map<Integer, Float> expected = scores(searcher, nested);
            Map<Integer, Float> actual = scores(searcher, Disjunctions.flatten(nested));
            assertEquals(expected.keySet(), actual.keySet(), nested.toString());
            expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), Math.ulp(score) * 16, nested + " doc " + doc));
        }
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new TreeMap<>();
        for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    /** Nested optional, required and excluded clauses with boosts, over terms and phrases. */
    private static Query randomQuery(Random random, int depth) {
        String field = random.nextBoolean() ? "caption" : "title";
        Query query;
        if (depth == 0 || random.nextInt(4) == 0) {
            query = random.nextInt(5) == 0
                    ? new PhraseQuery(field, WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)])
                    : term(field, WORDS[random.nextInt(WORDS.length)]);
        } else {
            BooleanQuery.Builder bool = new BooleanQuery.Builder();
            boolean pure = random.nextInt(3) > 0;
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                Occur occur = pure ? Occur.SHOULD : Occur.values()[random.nextInt(4)];
                bool.add(randomQuery(random, depth - 1), occur == Occur.FILTER ? Occur.MUST : occur);
            }
            if (!pure) {
                bool.add(randomQuery(random, depth - 1), Occur.SHOULD);
            }
            query = bool.build();
        }
        return random.nextInt(3) == 0 ? new BoostQuery(query, 0.5f + random.nextInt(6)) : query;
    }

    private static Query anyOf(Query... alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query alternative : alternatives) {
            any.add(alternative, Occur.SHOULD);
        }
        return any.build();
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }
}
