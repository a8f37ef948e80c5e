package org.pfocr.enrich;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.pfocr.schema.FigureFields;

/**
 * What a listed figure shows besides its figid, read from stored fields.
 *
 * @param title the figure title, or {@code null}
 * @param paperTitle the paper title, or {@code null}
 * @param year the publication year, or {@code null}
 */
record FigureLabels(String title, String paperTitle, Integer year) {

    private static final Set<String> FIELDS =
            Set.of(FigureFields.FIGURE_TITLE, FigureFields.PAPER_TITLE, FigureFields.YEAR);

    /** The labels of doc {@code figure}. */
    static FigureLabels read(StoredFields stored, int figure) throws IOException {
        Document doc = stored.document(figure, FIELDS);
        IndexableField year = doc.getField(FigureFields.YEAR);
        return new FigureLabels(doc.get(FigureFields.FIGURE_TITLE), doc.get(FigureFields.PAPER_TITLE),
                year == null || year.numericValue() == null ? null : year.numericValue().intValue());
    }
}
