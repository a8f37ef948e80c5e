package org.pfocr.schema;

import org.apache.lucene.facet.FacetsConfig;

/** The facet dimensions of the index, shared by the document builder and the searcher. */
public final class FigureFacets {

    private FigureFacets() {
    }

    /** A new configuration of the dimensions organism, gene (multi-valued), year and journal. */
    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FigureFields.FACET_ORGANISM, true);
        config.setMultiValued(FigureFields.FACET_GENE, true);
        config.setMultiValued(FigureFields.FACET_YEAR, false);
        config.setMultiValued(FigureFields.FACET_JOURNAL, false);
        return config;
    }
}
