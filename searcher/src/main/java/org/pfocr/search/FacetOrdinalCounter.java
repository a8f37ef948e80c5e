package org.pfocr.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts how many hits have each facet ordinal, over one commit. The first count of a commit reads
 * the hits' doc values, which is all a one-off search (the CLI) needs; later ones read the commit's
 * {@link FacetOrdinalTable}, made by the second, which a long-lived searcher pays for once. A query
 * that matches most figures ({@code *:*}, {@code organism:human}) is counted over the other
 * documents, whose counts are taken from those over all documents; these are made by the first such
 * query, in the same pass as its own counts. Hits are read as bit sets, one loop for every query, so
 * the JIT compiles it the same way whatever the first queries were. Thread-safe.
 */
final class FacetOrdinalCounter {

    private final SortedSetDocValuesReaderState state;
    private final FacetLabels labels;
    private final FromSecondUse<FacetOrdinalTable, IOException> table;
    private final List<LeafReaderContext> leaves;
    private final int liveFigures;
    /** Segment ordinals to global ones; {@code null} for an index of one segment, whose ordinals are global. */
    private final OrdinalMap globalOrdinals;
    private volatile int[] allCounts;
    /** The counts over every document of a slice, for slices whose hits are most of it; made on first need. */
    private final Map<MatchingFigures.Slice, int[]> allCountsBySlice = new ConcurrentHashMap<>();

    /**
     * A counter over the ordinals of {@code state}; its table is read from {@code untimed}, the same
     * segments without the time limit, so that a search with a short one cannot leave it unread.
     */
    FacetOrdinalCounter(SortedSetDocValuesReaderState state, IndexReader untimed) throws IOException {
        this.state = state;
        this.labels = new FacetLabels(state);
        this.table = new FromSecondUse<>(
                () -> FacetOrdinalTable.read(untimed, state.getField(), state.getSize(), this::toGlobal));
        this.leaves = state.getReader().leaves();
        this.liveFigures = state.getReader().numDocs();
        this.globalOrdinals = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping : null;
    }

    /** The facet ordinals counted. */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    /** The values the ordinals stand for. */
    FacetLabels labels() {
        return labels;
    }

    /**
     * The commit's table of ordinals if an earlier count has read it (the second of the commit
     * does, see {@link FromSecondUse}), else {@code null}; never reads it. Slices are counted with
     * the table only.
     */
    FacetOrdinalTable tableIfRead() {
        return table.ifMade();
    }

    /**
     * The number of figures among {@code hits} (bit {@code i} for document {@code from + i}, as
     * {@link MatchingFigures#inSlice} gives them, {@code count} of them) of {@code slice} with each
     * global ordinal, read from {@code ordinals}. A slice whose hits are most of it is counted by
     * its other documents, as {@link #count(MatchingFigures)} does.
     */
    int[] count(MatchingFigures.Slice slice, FixedBitSet hits, long count, FacetOrdinalTable ordinals) {
        int leaf = slice.leaf().ord;
        int[] starts = ordinals.starts(leaf);
        char[] low = ordinals.low(leaf);
        char[] high = ordinals.high(leaf);
        if (!mostly(count, slice.to() - slice.from())) {
            int[] counts = new int[state.getSize()];
            addFromTable(hits, slice.from(), starts, low, high, counts, 1);
            return counts;
        }
        int[] counts = allCountsBySlice.computeIfAbsent(slice, all -> {
            int[] allOfSlice = new int[state.getSize()];
            FixedBitSet every = new FixedBitSet(all.to() - all.from());
            every.set(0, every.length());
            addFromTable(every, all.from(), starts, low, high, allOfSlice, 1);
            return allOfSlice;
        }).clone();
        addFromTable(others(hits), slice.from(), starts, low, high, counts, -1);
        return counts;
    }

    /**
     * Whether {@code hits} are most of {@code documents}: a figure not hit costs a little more to
     * count than a hit, so beyond three fifths the other documents are counted instead.
     */
    private static boolean mostly(long hits, long documents) {
        return hits * 5 > documents * 3;
    }

    /** The number of figures among {@code hits} with each global ordinal. */
    int[] count(MatchingFigures hits) throws IOException {
        FixedBitSet[] hitsBySegment = hits.bySegment();
        FacetOrdinalTable ordinals = table.get();
        if (!mostly(hits.count(), liveFigures)) {
            return countHits(hitsBySegment, ordinals);
        }
        int[] all = allCounts;
        return all == null ? countHitsAndAll(hitsBySegment, ordinals) : countByOthers(hitsBySegment, all, ordinals);
    }

    private int[] countHits(FixedBitSet[] hitsBySegment, FacetOrdinalTable ordinals) throws IOException {
        int[] counts = new int[state.getSize()];
        for (LeafReaderContext leaf : leaves) {
            add(leaf, hitsBySegment[leaf.ord], counts, 1, ordinals);
        }
        return counts;
    }

    /** Counts the hits and the other documents in one pass; keeps the sum as the counts over all. */
    private int[] countHitsAndAll(FixedBitSet[] hitsBySegment, FacetOrdinalTable ordinals) throws IOException {
        int[] hitCounts = new int[state.getSize()];
        int[] all = new int[state.getSize()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet hits = hitsBySegment[leaf.ord];
            add(leaf, hits, hitCounts, 1, ordinals);
            add(leaf, others(hits), all, 1, ordinals);
        }
        for (int ord = 0; ord < all.length; ord++) {
            all[ord] += hitCounts[ord];
        }
        allCounts = all;
        return hitCounts;
    }

    private int[] countByOthers(FixedBitSet[] hitsBySegment, int[] all, FacetOrdinalTable ordinals)
            throws IOException {
        int[] counts = all.clone();
        for (LeafReaderContext leaf : leaves) {
            add(leaf, others(hitsBySegment[leaf.ord]), counts, -1, ordinals);
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

    /**
     * Adds {@code sign} to {@code counts} for every global ordinal of every document of {@code leaf} in
     * {@code docs}, read from {@code ordinals}, else (when {@code null}) from the doc values.
     */
    private void add(LeafReaderContext leaf, FixedBitSet docs, int[] counts, int sign, FacetOrdinalTable ordinals)
            throws IOException {
        if (ordinals != null) {
            addFromTable(docs, 0, ordinals.starts(leaf.ord), ordinals.low(leaf.ord), ordinals.high(leaf.ord), counts,
                    sign);
            return;
        }
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
        LongValues toGlobal = toGlobal(leaf.ord);
        docs.forEach(0, docs.length(), 0, doc -> {
            if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    counts[(int) toGlobal.get(values.nextOrd())] += sign;
                }
            }
        });
    }

    /**
     * Adds {@code sign} to {@code counts} for the ordinals in the table of every document in
     * {@code docs} (bit {@code i} for document {@code base + i}); {@code high} is {@code null} for a
     * table whose ordinals fit two bytes. The bits
     * are read a word at a time here rather than through {@link FixedBitSet#forEach}, whose callback
     * per hit the JIT cannot inline once other callers pass theirs: a fifth or so faster.
     */
    private static void addFromTable(FixedBitSet docs, int base, int[] starts, char[] low, char[] high, int[] counts,
            int sign) {
        long[] words = docs.getBits();
        for (int word = 0, wordCount = FixedBitSet.bits2words(docs.length()); word < wordCount; word++) {
            for (long bits = words[word]; bits != 0; bits &= bits - 1) {
                int doc = base + (word << 6 | Long.numberOfTrailingZeros(bits));
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[high == null ? low[i] : high[i] << Character.SIZE | low[i]] += sign;
                }
            }
        }
    }

    /** The mapping of segment {@code leaf}'s ordinals to global ones. */
    private LongValues toGlobal(int leaf) {
        return globalOrdinals == null ? LongValues.IDENTITY : globalOrdinals.getGlobalOrds(leaf);
    }
}
