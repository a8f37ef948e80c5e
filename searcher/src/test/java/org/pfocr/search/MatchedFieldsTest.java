package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.QueryFields;

/**
 * The matched fields are those Lucene's Matches API reports for the whole query, hit by hit,
 * whether {@link MatchedFields} asks the query's clauses field by field ({@link FieldLeaves}) or
 * the Matches API, for every kind of query over its top 50 hits, on the testdata and the real sample.
 */
class MatchedFieldsTest {

    static final List<String> QUERIES = Stream.concat(CaptionHighlighterTest.QUERIES.stream(), Stream.of(
            "TNF AND apoptosis", "Wnt OR Hedgehog", "caspase OR p53 OR Bcl-2", "\"MAP kinase\"", "MAPK", "organism:human",
            "year:2013", "genes:AKT1 AND year:[2005 TO 2015]", "apoptosis -organism:human", "chemical:glucose OR STAT3",
            "(TNF AND apoptosis) OR STAT3", "(IL-6 AND receptor) OR (JAK2 AND STAT3)"))
            .toList();

    @TempDir
    Path temp;

    @Test
    void matchedFieldsAreTheMatchesApisOnTheTestdata() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.testdataIndex(temp), MatchedFieldsTest::assertSameFields);
    }

    @Test
    void matchedFieldsAreTheMatchesApisOnRealRecords() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.sharedIndex(), MatchedFieldsTest::assertSameFields);
    }

    private static void assertSameFields(IndexSnapshot snapshot) throws Exception {
        IndexSearcher searcher = snapshot.searcher();
        int byClauses = 0;
        int matchedHits = 0;
        for (String text : QUERIES) {
            Query query = searcher.rewrite(SearchRunner.parse(snapshot, text));
            byClauses += FieldLeaves.of(query) == null ? 0 : 1;
            int[] docs = Arrays.stream(searcher.search(query, 50).scoreDocs).mapToInt(hit -> hit.doc).toArray();
            List<List<String>> expected = lucenes(searcher, query, docs);
            assertEquals(expected, new MatchedFields(searcher, query).of(docs), text);
            matchedHits += (int) expected.stream().filter(fields -> !fields.isEmpty()).count();
        }
        assertTrue(byClauses >= QUERIES.size() / 2 && byClauses < QUERIES.size(),
                "the clauses asked for " + byClauses + " queries of " + QUERIES.size());
        assertTrue(matchedHits > QUERIES.size(), "too few hits with matched fields: " + matchedHits);
    }

    /** The fields of each hit's matches, by the query's own weight, named in the order of the query fields. */
    private static List<List<String>> lucenes(IndexSearcher searcher, Query query, int[] docs) throws Exception {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<List<String>> fields = new ArrayList<>();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = weight.matches(leaf, doc - leaf.docBase);
            List<String> indexFields = new ArrayList<>();
            if (matches != null) {
                matches.forEach(indexFields::add);
            }
            fields.add(QueryFields.ALL.stream().filter(field -> indexFields.contains(field.indexField()))
                    .map(field -> field.name()).toList());
        }
        return fields;
    }
}
