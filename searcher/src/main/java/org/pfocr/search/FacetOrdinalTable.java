package org.pfocr.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The global facet ordinals of every document of one commit, read once from the doc values and
 * kept in memory, so that counting a query's facets walks arrays instead of decoding doc values hit
 * by hit (a third less time at 100,000 figures). An ordinal takes two bytes while the commit has at
 * most 65,536 facet values (some 100 bytes a figure of the benchmark corpus, 1,591 values), four
 * beyond. Immutable and thread-safe.
 */
final class FacetOrdinalTable {

    /** How many facet values two bytes an ordinal can tell apart. */
    static final int NARROW_VALUES = 1 << Character.SIZE;

    /** Per segment: where each document's ordinals start; one more entry than documents. */
    private final int[][] starts;
    /** Per segment: the low 16 bits of the documents' global ordinals, document after document. */
    private final char[][] low;
    /** Per segment: the bits above those, or {@code null} when every ordinal fits in 16 bits. */
    private final char[][] high;

    private FacetOrdinalTable(int[][] starts, char[][] low, char[][] high) {
        this.starts = starts;
        this.low = low;
        this.high = high;
    }

    /**
     * Reads the ordinals of {@code field} of every document of {@code reader}.
     *
     * @param values how many facet values (global ordinals) the field has
     * @param toGlobal the mapping of each segment's ordinals (by the segment's place) to global ones
     */
    static FacetOrdinalTable read(IndexReader reader, String field, long values, IntFunction<LongValues> toGlobal)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        boolean wide = values > NARROW_VALUES;
        int[][] starts = new int[leaves.size()][];
        char[][] low = new char[leaves.size()][];
        char[][] high = wide ? new char[leaves.size()][] : null;
        for (LeafReaderContext leaf : leaves) {
            LongValues global = toGlobal.apply(leaf.ord);
            int maxDoc = leaf.reader().maxDoc();
            int[] start = new int[maxDoc + 1];
            char[] lowOrds = new char[Math.max(16, maxDoc * 8)];
            char[] highOrds = wide ? new char[lowOrds.length] : null;
            int length = 0;
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            for (int doc = 0; doc < maxDoc; doc++) {
                if (docValues.advanceExact(doc)) {
                    int count = docValues.docValueCount();
                    if (length + count > lowOrds.length) {
                        int size = Math.max(length + count, lowOrds.length + (lowOrds.length >> 1));
                        lowOrds = Arrays.copyOf(lowOrds, size);
                        highOrds = wide ? Arrays.copyOf(highOrds, size) : null;
                    }
                    for (int i = 0; i < count; i++, length++) {
                        int ord = (int) global.get(docValues.nextOrd());
                        lowOrds[length] = (char) ord;
                        if (wide) {
                            highOrds[length] = (char) (ord >>> Character.SIZE);
                        }
                    }
                }
                start[doc + 1] = length;
            }
            starts[leaf.ord] = start;
            low[leaf.ord] = Arrays.copyOf(lowOrds, length);
            if (wide) {
                high[leaf.ord] = Arrays.copyOf(highOrds, length);
            }
        }
        return new FacetOrdinalTable(starts, low, high);
    }

    /** The segments the table covers. */
    int segments() {
        return starts.length;
    }

    /** The documents of segment {@code leaf}, deleted ones included. */
    int maxDoc(int leaf) {
        return starts[leaf].length - 1;
    }

    /**
     * The global ordinal at {@code i} of a segment's {@code low} and {@code high} arrays ({@code high}
     * {@code null} when every ordinal fits in 16 bits).
     */
    static int ordinal(char[] low, char[] high, int i) {
        return high == null ? low[i] : high[i] << Character.SIZE | low[i];
    }

    /** Where the ordinals of each document of segment {@code leaf} start. */
    int[] starts(int leaf) {
        return starts[leaf];
    }

    /** The low 16 bits of the global ordinals of segment {@code leaf}'s documents, in document order. */
    char[] low(int leaf) {
        return low[leaf];
    }

    /** The bits above those, in the same order; {@code null} when every ordinal fits in 16 bits. */
    char[] high(int leaf) {
        return high == null ? null : high[leaf];
    }
}
