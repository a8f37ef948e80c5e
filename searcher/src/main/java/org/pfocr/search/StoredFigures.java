package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.pfocr.record.GeneMention;
import org.pfocr.record.Mention;
import org.pfocr.results.Figure;
import org.pfocr.schema.FigureFields;

/** Reads figures back from stored fields: the few fields a hit shows, or all of them. */
final class StoredFigures {

    /** The stored fields a hit needs, with the caption its snippet is made from. */
    static final Set<String> HIT_FIELDS = Set.of(FigureFields.FIGID, FigureFields.FIGURE_TITLE,
            FigureFields.PAPER_TITLE, FigureFields.YEAR, FigureFields.ORGANISM, FigureFields.GENE,
            FigureFields.PMCID, FigureFields.URL, FigureFields.CAPTION);

    private StoredFigures() {
    }

    /** Loads {@code fields} of {@code doc}. */
    static Document load(StoredFields stored, int doc, Set<String> fields) throws IOException {
        return stored.document(doc, fields);
    }

    /** The year stored in {@code doc}, or {@code null}. */
    static Integer year(Document doc) {
        IndexableField year = doc.getField(FigureFields.YEAR);
        return year == null || year.numericValue() == null ? null : year.numericValue().intValue();
    }

    /** Every stored value of {@code field}, in order. */
    static List<String> values(Document doc, String field) {
        return List.of(doc.getValues(field));
    }

    /** The whole figure stored in {@code doc}. */
    static Figure figure(Document doc) {
        return new Figure(
                doc.get(FigureFields.FIGID),
                doc.get(FigureFields.PMCID),
                doc.get(FigureFields.DOI),
                doc.get(FigureFields.FIGURE_TITLE),
                doc.get(FigureFields.CAPTION),
                doc.get(FigureFields.PAPER_TITLE),
                doc.get(FigureFields.REFERENCE),
                doc.get(FigureFields.JOURNAL),
                year(doc),
                doc.get(FigureFields.NUMBER),
                doc.get(FigureFields.FIGURE_TYPE),
                doc.get(FigureFields.URL),
                values(doc, FigureFields.ORGANISM),
                lines(doc, FigureFields.GENE_MENTIONS,
                        c -> new GeneMention(c[0], c[1], c[2], c[3], null, c[4])),
                lines(doc, FigureFields.CHEMICAL_MENTIONS, c -> new Mention(c[0], c[1], c[2], c[3])),
                lines(doc, FigureFields.DISEASE_MENTIONS, c -> new Mention(c[0], c[1], c[2], c[3])),
                values(doc, FigureFields.KEYWORDS),
                doc.get(FigureFields.SOURCE_PATH));
    }

    /** Stored tab-separated lines of {@code field}, split into columns (empty columns are null). */
    private static <T> List<T> lines(Document doc, String field, Function<String[], T> make) {
        List<T> result = new ArrayList<>();
        for (String line : doc.getValues(field)) {
            String[] columns = line.split("\t", -1);
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].isEmpty()) {
                    columns[i] = null;
                }
            }
            result.add(make.apply(columns));
        }
        return result;
    }
}
