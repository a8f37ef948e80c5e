package org.pfocr.enrich;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.pfocr.schema.FigureFields;

/**
 * Reads {@link FigureGeneSets} from an index commit: genes and organisms from the facet ordinals
 * of the dimensions {@code gene} and {@code organism}, figids from their doc values; deleted
 * documents are left out.
 */
final class GeneSetReader {

    private static final int[] NONE = new int[0];

    private GeneSetReader() {
    }

    /** The gene sets of the live figures of {@code facets}' reader. */
    static FigureGeneSets read(SortedSetDocValuesReaderState facets) throws IOException {
        IndexReader reader = facets.getReader();
        int maxDoc = reader.maxDoc();
        OrdRange genes = facets.getOrdRange(FigureFields.FACET_GENE);
        OrdRange organisms = facets.getOrdRange(FigureFields.FACET_ORGANISM);
        SortedSetDocValues values = facets.getDocValues();
        String[] figids = figids(reader);
        int[][] genesByFigure = new int[maxDoc][];
        int[][] organismsByFigure = new int[maxDoc][];
        Bits live = MultiBits.getLiveDocs(reader);
        int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc();
        for (int figure = 0; figure < maxDoc; figure++) {
            genesByFigure[figure] = NONE;
            organismsByFigure[figure] = NONE;
            boolean alive = live == null || live.get(figure);
            if (doc == figure) {
                if (alive) {
                    long[] ords = ordinals(values);
                    genesByFigure[figure] = inRange(ords, genes);
                    organismsByFigure[figure] = inRange(ords, organisms);
                }
                doc = values.nextDoc();
            }
            if (!alive) {
                figids[figure] = null;
            }
        }
        return FigureGeneSets.of(labels(values, genes), labels(values, organisms), figids, genesByFigure,
                organismsByFigure);
    }

    /** The ordinals of the current document. */
    private static long[] ordinals(SortedSetDocValues values) throws IOException {
        long[] ords = new long[values.docValueCount()];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = values.nextOrd();
        }
        return ords;
    }

    /** Those of {@code ords} in {@code range}, as offsets from its start: ids of the dimension's values. */
    private static int[] inRange(long[] ords, OrdRange range) {
        if (range == null) {
            return NONE;
        }
        int[] ids = new int[ords.length];
        int count = 0;
        for (long ord : ords) {
            if (ord >= range.start() && ord <= range.end()) {
                ids[count++] = (int) (ord - range.start());
            }
        }
        return count == 0 ? NONE : Arrays.copyOf(ids, count);
    }

    private static String[] figids(IndexReader reader) throws IOException {
        String[] figids = new String[reader.maxDoc()];
        SortedDocValues values = MultiDocValues.getSortedValues(reader, FigureFields.FIGID);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                figids[doc] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return figids;
    }

    /** The facet values of the ordinals in {@code range}, in ordinal order. */
    private static List<String> labels(SortedSetDocValues values, OrdRange range) throws IOException {
        List<String> labels = new ArrayList<>();
        if (range != null) {
            for (long ord = range.start(); ord <= range.end(); ord++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                labels.add(path[path.length - 1]);
            }
        }
        return labels;
    }
}
