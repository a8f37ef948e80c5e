package org.pfocr.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The value each facet ordinal of one commit stands for ({@code STAT3} for {@code gene/STAT3}),
 * read from the doc values the first time it is asked for and kept: a value is found by
 * decompressing a block of the terms of the segment that has it, a few microseconds each, and every
 * faceted search asks for some forty of them, mostly the same ones. Thread-safe.
 */
final class FacetLabels {

    private final SortedSetDocValuesReaderState state;
    private final AtomicReferenceArray<String> labels;
    /** The doc values values are looked up in; made on the first look-up, used under this object's lock. */
    private SortedSetDocValues values;

    FacetLabels(SortedSetDocValuesReaderState state) {
        this.state = state;
        this.labels = new AtomicReferenceArray<>(Math.toIntExact(state.getSize()));
    }

    /** The last component of the facet path of global ordinal {@code ord}. */
    String of(int ord) throws IOException {
        String label = labels.get(ord);
        return label != null ? label : lookUp(ord);
    }

    private synchronized String lookUp(int ord) throws IOException {
        if (values == null) {
            values = state.getDocValues();
        }
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
        String label = path[path.length - 1];
        labels.set(ord, label);
        return label;
    }
}
