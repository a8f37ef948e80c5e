package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;

/**
 * Every ordinal's label is the value the doc values give it, over the global ordinals of several
 * segments, and is looked up once: a second ask gets the same string.
 */
class FacetLabelsTest {

    @Test
    void eachOrdinalIsLabelledWithItsValueOnce() throws IOException {
        try (Directory directory = twoSegments(); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(2, reader.leaves().size());
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FigureFacets.config());
            SortedSetDocValues values = state.getDocValues();
            FacetLabels labels = new FacetLabels(state);
            for (int ord = (int) state.getSize() - 1; ord >= 0; ord--) {
                String path = values.lookupOrd(ord).utf8ToString();
                String label = labels.of(ord);
                assertEquals(path.substring(path.indexOf('\u001f') + 1), label, "ordinal " + ord);
                assertSame(label, labels.of(ord), "ordinal " + ord + " looked up again");
            }
        }
    }

    /** Genes and years, some in one segment only, some in both. */
    private static Directory twoSegments() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (List<String> genes : List.of(List.of("STAT3", "JAK2"), List.of("TNFSF11"))) {
                Document doc = new Document();
                for (String gene : genes) {
                    doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, gene));
                }
                doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_YEAR, Integer.toString(2000 + genes.size())));
                writer.addDocument(FigureFacets.config().build(doc));
                writer.commit();
            }
        }
        return directory;
    }
}
