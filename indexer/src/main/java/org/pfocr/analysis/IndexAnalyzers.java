package org.pfocr.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.pfocr.schema.FigureFields;

/** The analyzer the index is written with, field by field. */
public final class IndexAnalyzers {

    private IndexAnalyzers() {
    }

    /** {@link FigureAnalyzer#forIndexing()} for text fields, {@link NameAnalyzer} for organism names. */
    public static Analyzer create() {
        return new PerFieldAnalyzerWrapper(FigureAnalyzer.forIndexing(),
                Map.of(FigureFields.ORGANISM, new NameAnalyzer()));
    }
}
