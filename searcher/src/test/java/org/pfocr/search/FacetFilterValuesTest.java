package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;

class FacetFilterValuesTest {

    @Test
    void aValueFiguresHaveIsItselfAndOneTheyDoNotHaveIsItsValuesOfAnotherCase() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (List<String> genes : List.of(List.of("STAT3", "JAK2"), List.of("Stat3"), List.of("STAT33"))) {
                    Document doc = new Document();
                    genes.forEach(gene -> FigureFacets.add(doc, FigureFields.FACET_GENE, gene));
                    FigureFacets.add(doc, FigureFields.FACET_JOURNAL, "stat3 journal");
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(List.of("STAT3"), FacetFilterValues.of(reader, FigureFields.FACET_GENE, "STAT3"));
                assertEquals(List.of("STAT3", "Stat3"), FacetFilterValues.of(reader, FigureFields.FACET_GENE, "stat3"));
                assertEquals(List.of("jak1"), FacetFilterValues.of(reader, FigureFields.FACET_GENE, "jak1"));
                assertEquals(List.of("Stat"), FacetFilterValues.of(reader, FigureFields.FACET_GENE, "Stat"));
                assertEquals(List.of("stat3"), FacetFilterValues.of(reader, FigureFields.FACET_ORGANISM, "stat3"),
                        "a dimension no figure has");
            }
        }
    }
}
