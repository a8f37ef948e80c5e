package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.results.Snippet;
import org.pfocr.schema.FigureFields;

/**
 * {@link CaptionHighlighter} reads match offsets its own, faster way (one weight per segment,
 * postings even for wildcards, the query put on the caption by {@link CaptionHighlighter#onCaption});
 * its snippets must be exactly those of Lucene's own strategies with the same settings and the query
 * put on the caption, which must mark the same caption spans as the query itself (each caption read
 * as one passage), for every kind of query.
 */
class CaptionHighlighterTest {

    /** Every kind of query; {@link MatchedFieldsTest} asks them too. */
    static final List<String> QUERIES = List.of(
            "STAT3", "TNFSF11", "RANKL", "apoptosis", "osteoclast differentiation", "genes:STAT3",
            "genes:TNFSF11 AND organism:human", "title:signaling", "caption:kinase", "word:TLR4",
            "\"signaling pathway\"", "\"tumor necrosis factor\"~2", "NF-κB", "IL-6", "TNF-alpha", "JAK-STAT",
            "kinas*", "TLR*", "phospho*", "cas?ase", "apoptsis~", "/stat[0-9]/", "cancer NOT apoptosis",
            "+mTOR +autophagy", "(STAT3 OR JAK2) AND inflammation", "apoptosis AND year:>=2015", "*:*");

    @TempDir
    Path temp;

    @Test
    void snippetsAreThoseOfLucenesOwnStrategiesOnTheTestdata() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.testdataIndex(temp), CaptionHighlighterTest::assertSameSnippets);
    }

    @Test
    void snippetsAreThoseOfLucenesOwnStrategiesOnRealRecords() throws Exception {
        TestIndexes.onSnapshot(TestIndexes.sharedIndex(), CaptionHighlighterTest::assertSameSnippets);
    }

    private static void assertSameSnippets(IndexSnapshot snapshot) throws Exception {
        IndexSearcher searcher = snapshot.searcher();
        UnifiedHighlighter wholeCaptions = CaptionHighlighter.settings(searcher, snapshot.indexAnalyzer())
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new SpansFormatter())
                .build();
        int highlighted = 0;
        for (String text : QUERIES) {
            Query query = searcher.rewrite(SearchRunner.parse(snapshot, text));
            int[] docs = Arrays.stream(searcher.search(query, 50).scoreDocs).mapToInt(hit -> hit.doc).toArray();
            assertEquals(spans(wholeCaptions, query, docs),
                    spans(wholeCaptions, CaptionHighlighter.onCaption(query), docs), text + ": the spans marked");
            List<String> expected = new ArrayList<>();
            for (String snippet : new UnifiedHighlighter(CaptionHighlighter.settings(searcher, snapshot.indexAnalyzer()))
                    .highlightFields(new String[] {FigureFields.CAPTION}, CaptionHighlighter.onCaption(query), docs,
                            new int[] {CaptionHighlighter.PASSAGES}).get(FigureFields.CAPTION)) {
                expected.add(snippet == null ? Snippet.empty().toString() : snippet);
            }
            List<String> actual = Arrays.stream(new CaptionHighlighter(searcher, snapshot)
                    .snippets(query, docs, TestIndexes.captions(searcher, docs))).map(Snippet::toString).toList();
            assertEquals(expected, actual, text);
            highlighted += (int) actual.stream().filter(snippet -> !snippet.equals(Snippet.empty().toString())).count();
        }
        assertTrue(highlighted > QUERIES.size(), "too few snippets to compare: " + highlighted);
    }

    /** Each caption's spans marked by {@code query}, the whole caption read as one passage. */
    private static List<String> spans(UnifiedHighlighter wholeCaptions, Query query, int[] docs) throws Exception {
        return List.of(wholeCaptions.highlightFields(new String[] {FigureFields.CAPTION}, query, docs, new int[] {1})
                .get(FigureFields.CAPTION));
    }

    /** Every passage's match spans, as a sorted set of "start-end". */
    private static final class SpansFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            Set<String> spans = new TreeSet<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    spans.add(passage.getMatchStarts()[i] + "-" + passage.getMatchEnds()[i]);
                }
            }
            return spans.toString();
        }
    }
}
