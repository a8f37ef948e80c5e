package org.pfocr.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.pfocr.schema.FigureFields;

/**
 * Every document's place in figid order over one commit (4 bytes a figure), so that ranking can
 * break score ties by figid with an array lookup instead of reading the figid's doc value, as
 * Lucene's sort by score then figid does for every document tied with the last kept. Immutable and
 * thread-safe.
 */
final class FigidOrder {

    /** Per segment: each document's place in figid order (the figid's global ordinal). */
    private final int[][] places;

    private FigidOrder(int[][] places) {
        this.places = places;
    }

    /** The figid order of {@code reader}'s documents, read from the figid doc values. */
    static FigidOrder read(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues all = MultiDocValues.getSortedValues(reader, FigureFields.FIGID);
        int[][] places = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            LongValues global = all instanceof MultiDocValues.MultiSortedDocValues multi
                    ? multi.mapping.getGlobalOrds(leaf.ord) : LongValues.IDENTITY;
            SortedDocValues figids = DocValues.getSorted(leaf.reader(), FigureFields.FIGID);
            int[] place = new int[leaf.reader().maxDoc()];
            for (int doc = 0; doc < place.length; doc++) {
                if (!figids.advanceExact(doc)) {
                    throw new IOException("figure without a figid, document " + doc + " of segment " + leaf.ord);
                }
                place[doc] = (int) global.get(figids.ordValue());
            }
            places[leaf.ord] = place;
        }
        return new FigidOrder(places);
    }

    /** The places in figid order of segment {@code leaf}'s documents. */
    int[] places(int leaf) {
        return places[leaf];
    }
}
