package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.junit.jupiter.api.Test;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;

/**
 * The ordinal table keeps every document's global ordinals, in two bytes each while they fit and
 * in four beyond 65,536 facet values, and the counts read from it are those of the doc values and
 * of Lucene's facet counts, on an index of two segments with more values than two bytes tell apart.
 */
class FacetOrdinalTableTest {

    /** More distinct gene values than {@link FacetOrdinalTable#NARROW_VALUES}, one per figure, and a few shared. */
    private static final int FIGURES = FacetOrdinalTable.NARROW_VALUES + 4_000;

    @Test
    void beyondTwoBytesTheTableHoldsEveryOrdinalAndCountsAsTheDocValues() throws Exception {
        try (Directory directory = manyValues(); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(2, reader.leaves().size());
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FigureFacets.config());
            assertTrue(state.getSize() > FacetOrdinalTable.NARROW_VALUES, "too few values: " + state.getSize());
            OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                    ? multi.mapping : null;
            IntFunction<LongValues> global = leaf -> map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
            FacetOrdinalTable table = FacetOrdinalTable.read(reader, state.getField(), state.getSize(), global);
            for (LeafReaderContext leaf : reader.leaves()) {
                assertNotNull(table.high(leaf.ord), "two bytes an ordinal for " + state.getSize() + " values");
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
                int[] starts = table.starts(leaf.ord);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    assertTrue(values.advanceExact(doc));
                    long[] expected = new long[values.docValueCount()];
                    for (int i = 0; i < expected.length; i++) {
                        expected[i] = global.apply(leaf.ord).get(values.nextOrd());
                    }
                    long[] actual = new long[starts[doc + 1] - starts[doc]];
                    for (int i = 0; i < actual.length; i++) {
                        int at = starts[doc] + i;
                        actual[i] = (long) table.high(leaf.ord)[at] << Character.SIZE | table.low(leaf.ord)[at];
                    }
                    assertArrayEquals(expected, actual, "segment " + leaf.ord + ", document " + doc);
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query query : List.of(new TermQuery(new Term("third", "yes")), new MatchAllDocsQuery())) {
                MatchingFigures hits = MatchingFigures.of(searcher, query, () -> false);
                FacetOrdinalCounter counter = new FacetOrdinalCounter(state, reader);
                assertEquals(null, counter.tables(), "the first count of a commit reads no table");
                int[] fromDocValues = counter.count(hits.bySegment(), null);
                int[] fromTable = counter.count(hits.bySegment(), counter.tables().byDocument());
                assertArrayEquals(fromDocValues, fromTable, query.toString());
                SortedSetDocValuesFacetCounts lucenes = new SortedSetDocValuesFacetCounts(state,
                        searcher.search(query, new FacetsCollectorManager()));
                for (String gene : List.of("shared", "mod7", "g3", "g" + (FIGURES - 1))) {
                    int ord = (int) state.getDocValues().lookupTerm(
                            new BytesRef(FigureFields.FACET_GENE + '\u001f' + gene));
                    assertEquals(lucenes.getSpecificValue(FigureFields.FACET_GENE, gene), fromTable[ord],
                            query + ", " + gene);
                }
            }
        }
    }

    /** Each figure with its own gene, a gene one in a hundred share, and one all share; in two segments. */
    private static Directory manyValues() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(FIGURES / 2 + 1))) {
            for (int i = 0; i < FIGURES; i++) {
                Document doc = new Document();
                doc.add(new StringField("third", i % 3 == 0 ? "yes" : "no", Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, "g" + i));
                doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, "mod" + i % 100));
                doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, "shared"));
                writer.addDocument(FigureFacets.config().build(doc));
            }
        }
        return directory;
    }
}
