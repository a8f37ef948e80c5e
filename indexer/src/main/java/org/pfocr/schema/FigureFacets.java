package org.pfocr.schema;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

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
}
