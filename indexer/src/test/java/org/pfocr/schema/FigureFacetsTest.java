package org.pfocr.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FigureFacetsTest {

    /** Values of every dimension: several of a multi-valued one, and one holding Lucene's path delimiter. */
    private static final Map<String, List<String>> VALUES = Map.of(
            FigureFields.FACET_ORGANISM, List.of("Homo sapiens", "Mus musculus"),
            FigureFields.FACET_YEAR, List.of("2012"),
            FigureFields.FACET_GENE, List.of("STAT3", "IL6", "odd" + FacetsConfig.DELIM_CHAR + "name"),
            FigureFields.FACET_JOURNAL, List.of("Front Immunol"));

    /**
     * A document with its facet values added by {@link FigureFacets#add} is indexed as one whose
     * {@link SortedSetDocValuesFacetField}s went through {@link FacetsConfig#build} with
     * {@link FigureFacets#config()}: the same drill-down terms and doc values, in one field (the
     * writer refuses a second document whose fields of that name are of another kind); what a
     * Lucene upgrade that changed {@code build} would show here.
     */
    @Test
    void facetValuesIndexAsTheFacetsConfigBuildsThem() throws IOException {
        Document added = new Document();
        Document facetFields = new Document();
        VALUES.forEach((dimension, values) -> {
            for (String value : values) {
                FigureFacets.add(added, dimension, value);
                facetFields.add(new SortedSetDocValuesFacetField(dimension, value));
            }
        });
        Document built = FigureFacets.config().build(facetFields);
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(built);
                writer.addDocument(added);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                assertEquals(List.of(FacetsConfig.DEFAULT_INDEX_FIELD_NAME), fieldNames(leaf));
                int values = VALUES.values().stream().mapToInt(List::size).sum();
                assertEquals(values, terms(leaf, 0).size());
                assertEquals(values, docValues(leaf, 0).size());
                assertEquals(terms(leaf, 0), terms(leaf, 1));
                assertEquals(docValues(leaf, 0), docValues(leaf, 1));
            }
        }
    }

    @Test
    void anEmptyValueIsRefusedAsTheFacetsConfigRefusesIt() {
        assertThrows(IllegalArgumentException.class, () -> FigureFacets.add(new Document(), FigureFields.FACET_GENE, ""));
    }

    private static List<String> fieldNames(LeafReader leaf) {
        List<String> names = new ArrayList<>();
        for (FieldInfo field : leaf.getFieldInfos()) {
            names.add(field.name);
        }
        return names;
    }

    /** The drill-down terms of {@code doc}. */
    private static List<String> terms(LeafReader leaf, int doc) throws IOException {
        List<String> terms = new ArrayList<>();
        TermsEnum each = leaf.terms(FacetsConfig.DEFAULT_INDEX_FIELD_NAME).iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            postings = each.postings(postings, PostingsEnum.NONE);
            if (postings.advance(doc) == doc) {
                terms.add(term.utf8ToString());
            }
        }
        return terms;
    }

    /** The sorted-set doc values of {@code doc}. */
    private static List<String> docValues(LeafReader leaf, int doc) throws IOException {
        SortedSetDocValues values = leaf.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        List<String> paths = new ArrayList<>();
        if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
                paths.add(values.lookupOrd(values.nextOrd()).utf8ToString());
            }
        }
        return paths;
    }
}
