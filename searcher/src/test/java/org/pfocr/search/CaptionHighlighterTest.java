package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.results.Snippet;
import org.pfocr.schema.FigureFields;

/**
 * {@link CaptionHighlighter} reads match offsets its own, faster way (one weight per segment,
 * postings even for wildcards); its snippets must be exactly those of Lucene's own strategies with
 * the same settings, for every kind of query.
 */
class CaptionHighlighterTest {

    private static final List<String> QUERIES = List.of(
            "STAT3", "TNFSF11", "RANKL", "apoptosis", "osteoclast differentiation", "genes:STAT3",
            "genes:TNFSF11 AND organism:human", "title:signaling", "caption:kinase", "word:TLR4",
            "\"signaling pathway\"", "\"tumor necrosis factor\"~2", "NF-κB", "IL-6", "TNF-alpha", "JAK-STAT",
            "kinas*", "TLR*", "phospho*", "cas?ase", "apoptsis~", "/stat[0-9]/", "cancer NOT apoptosis",
            "+mTOR +autophagy", "(STAT3 OR JAK2) AND inflammation", "apoptosis AND year:>=2015", "*:*");

    @TempDir
    Path temp;

    @Test
    void snippetsAreThoseOfLucenesOwnStrategiesOnTheTestdata() throws Exception {
        assertSameSnippets(TestIndexes.index(temp.resolve("testdata"), List.of(TestIndexes.testdata().resolve("figures"))));
    }

    @Test
    void snippetsAreThoseOfLucenesOwnStrategiesOnRealRecords() throws Exception {
        assertSameSnippets(TestIndexes.sharedIndex());
    }

    private static void assertSameSnippets(Path index) throws Exception {
        IndexSnapshot snapshot = TestIndexes.openSnapshot(index);
        try {
            IndexSearcher searcher = snapshot.searcher();
            int highlighted = 0;
            for (String text : QUERIES) {
                Query query = searcher.rewrite(SearchRunner.parse(snapshot, text));
                int[] docs = Arrays.stream(searcher.search(query, 50).scoreDocs).mapToInt(hit -> hit.doc).toArray();
                List<String> expected = new ArrayList<>();
                for (String snippet : new UnifiedHighlighter(CaptionHighlighter.settings(searcher, snapshot.indexAnalyzer()))
                        .highlightFields(new String[] {FigureFields.CAPTION}, query, docs,
                                new int[] {CaptionHighlighter.PASSAGES}).get(FigureFields.CAPTION)) {
                    expected.add(snippet == null ? Snippet.empty().toString() : snippet);
                }
                List<String> actual = Arrays.stream(new CaptionHighlighter(searcher, snapshot)
                        .snippets(query, docs, TestIndexes.captions(searcher, docs))).map(Snippet::toString).toList();
                assertEquals(expected, actual, text);
                highlighted += (int) actual.stream().filter(snippet -> !snippet.equals(Snippet.empty().toString())).count();
            }
            assertTrue(highlighted > QUERIES.size(), "too few snippets to compare: " + highlighted);
        } finally {
            snapshot.reader().close();
        }
    }
}
