package org.pfocr.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts how many hits have each facet ordinal, over one commit. A query that matches most figures
 * ({@code *:*}, {@code organism:human}) is counted over the other documents, whose counts are taken
 * from those over all documents; these are made by the first such query, in the same pass over the
 * doc values as its own counts. Hits are read as bit sets, one loop for every query, so the JIT compiles it
 * the same way whatever the first queries were. Thread-safe.
 */
final class FacetOrdinalCounter {

    private final SortedSetDocValuesReaderState state;
    private final List<LeafReaderContext> leaves;
    private final int liveFigures;
    /** Segment ordinals to global ones; {@code null} for an index of one segment, whose ordinals are global. */
    private final OrdinalMap globalOrdinals;
    private volatile int[] allCounts;

    FacetOrdinalCounter(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        this.leaves = state.getReader().leaves();
        this.liveFigures = state.getReader().numDocs();
        this.globalOrdinals = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping : null;
    }

    /** The facet ordinals counted. */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    /** The number of figures among {@code hits} with each global ordinal. */
    int[] count(FacetsCollector hits) throws IOException {
        FixedBitSet[] hitsBySegment = new FixedBitSet[leaves.size()];
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
            FixedBitSet bits = new FixedBitSet(docs.context().reader().maxDoc());
            bits.or(docs.bits().iterator());
            hitsBySegment[docs.context().ord] = bits;
            total += docs.totalHits();
        }
        // A figure not hit costs a little more to count than a hit: beyond three fifths, count the others.
        if (total * 5 <= liveFigures * 3L) {
            return countHits(hitsBySegment);
        }
        int[] all = allCounts;
        return all == null ? countHitsAndAll(hitsBySegment) : countByOthers(hitsBySegment, all);
    }

    private int[] countHits(FixedBitSet[] hitsBySegment) throws IOException {
        int[] counts = new int[state.getSize()];
        for (LeafReaderContext leaf : leaves) {
            if (hitsBySegment[leaf.ord] != null) {
                addToGlobal(leaf, countSegment(leaf, hitsBySegment[leaf.ord]), counts, 1);
            }
        }
        return counts;
    }

    /** Counts the hits and the other documents in one pass; keeps the sum as the counts over all. */
    private int[] countHitsAndAll(FixedBitSet[] hitsBySegment) throws IOException {
        int[] hitCounts = new int[state.getSize()];
        int[] all = new int[state.getSize()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet hits = hitsBySegment[leaf.ord] != null ? hitsBySegment[leaf.ord]
                    : new FixedBitSet(leaf.reader().maxDoc());
            FixedBitSet others = others(hits);
            addToGlobal(leaf, countSegment(leaf, hits), hitCounts, 1);
            addToGlobal(leaf, countSegment(leaf, others), all, 1);
        }
        for (int ord = 0; ord < all.length; ord++) {
            all[ord] += hitCounts[ord];
        }
        allCounts = all;
        return hitCounts;
    }

    private int[] countByOthers(FixedBitSet[] hitsBySegment, int[] all) throws IOException {
        int[] counts = all.clone();
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet hits = hitsBySegment[leaf.ord] != null ? hitsBySegment[leaf.ord]
                    : new FixedBitSet(leaf.reader().maxDoc());
            addToGlobal(leaf, countSegment(leaf, others(hits)), counts, -1);
        }
        return counts;
    }

    /**
     * The documents of the segment that are not {@code hits}, deleted ones too: they are in the
     * counts over all figures as well, so they cancel out, and skipping them would cost a check each.
     */
    private static FixedBitSet others(FixedBitSet hits) {
        FixedBitSet others = hits.clone();
        others.flip(0, others.length());
        return others;
    }

    /** How many of the segment's figures in {@code docs} have each of the segment's ordinals. */
    private int[] countSegment(LeafReaderContext leaf, FixedBitSet docs) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
        int[] counts = new int[(int) values.getValueCount()];
        int length = docs.length();
        for (int doc = length == 0 ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(0);
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < length ? docs.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }
        return counts;
    }

    /** Adds {@code sign} times the segment's counts to the counts by global ordinal. */
    private void addToGlobal(LeafReaderContext leaf, int[] segmentCounts, int[] counts, int sign) throws IOException {
        LongValues toGlobal = globalOrdinals == null ? LongValues.IDENTITY : globalOrdinals.getGlobalOrds(leaf.ord);
        for (int ord = 0; ord < segmentCounts.length; ord++) {
            if (segmentCounts[ord] != 0) {
                counts[(int) toGlobal.get(ord)] += sign * segmentCounts[ord];
            }
        }
    }
}
