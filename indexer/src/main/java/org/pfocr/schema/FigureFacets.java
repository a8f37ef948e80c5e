package org.pfocr.schema;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** The facet dimensions of the index, shared by the document builder and the searcher. */
public final class FigureFacets {

    /** The facet dimensions, in the order they are reported. */
    public static final List<String> DIMENSIONS = List.of(
            FigureFields.FACET_ORGANISM, FigureFields.FACET_YEAR, FigureFields.FACET_GENE, FigureFields.FACET_JOURNAL);

    private FigureFacets() {
    }

    /**
     * A new configuration of the dimensions organism, gene (multi-valued), year and journal. Each
     * value is indexed as one drill-down term ({@code gene/STAT3}) for the facet filters; the
     * dimension's own term, which only a filter on "any value of the dimension" would read, is not:
     * it would double the terms of a figure (about 50 facet values each).
     */
    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : DIMENSIONS) {
            config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        config.setMultiValued(FigureFields.FACET_ORGANISM, true);
        config.setMultiValued(FigureFields.FACET_GENE, true);
        config.setMultiValued(FigureFields.FACET_YEAR, false);
        config.setMultiValued(FigureFields.FACET_JOURNAL, false);
        return config;
    }

    /**
     * Adds {@code value} of {@code dimension} to {@code doc} as {@link FacetsConfig#build} of a
     * {@link SortedSetDocValuesFacetField} does under {@link #config()}: the value's path as a
     * sorted-set doc value, which facets are counted from, and as its one drill-down term. Added
     * here, a document needs no {@code build}, which copies every field of it into a new document
     * and encodes each path twice (a tenth of building a figure's document).
     *
     * @throws IllegalArgumentException if {@code value} is empty, as {@code build} would
     */
    public static void add(Document doc, String dimension, String value) {
        BytesRef path = new BytesRef(FacetsConfig.pathToString(dimension, new String[] {value}));
        doc.add(new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path));
        doc.add(new StringField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path, Field.Store.NO));
    }
}
