package org.pfocr.search;

import java.io.IOException;
import java.util.List;
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
 * {@link Tables}, made by the second, which a long-lived searcher pays for once. Hits are read as
 * bit sets, one loop for every query, so the JIT compiles it the same way whatever the first
 * queries were. Thread-safe.
 */
final class FacetOrdinalCounter {

    /**
     * The facet ordinals of one commit read into memory: by document for counting every hit's
     * values, and by value for {@link FacetTop}.
     */
    record Tables(FacetOrdinalTable byDocument, FacetValueDocs byValue) {
    }

    /** A count's sample is the hits of every this many words of a segment's bit set. */
    static final int SAMPLE_STRIDE = 8;

    /**
     * A count begun on a sample of the hits ({@link #sample}).
     *
     * @param counts the sampled hits' number with each global ordinal
     * @param hits how many hits the sample holds
     * @param ordinals how many ordinals they have, all told
     */
    record Sample(int[] counts, long hits, long ordinals) {
    }

    /** The words of a hits' bit set a pass of {@link #addFromTable} counts. */
    private enum Words {
        /** Every {@code SAMPLE_STRIDE}th word, from the first. */
        SAMPLE,
        /** The others. */
        REST;

        int first() {
            return this == SAMPLE ? 0 : 1;
        }

        int next(int word) {
            if (this == SAMPLE) {
                return word + SAMPLE_STRIDE;
            }
            return (word + 1) % SAMPLE_STRIDE == 0 ? word + 2 : word + 1;
        }
    }

    private final SortedSetDocValuesReaderState state;
    private final FacetLabels labels;
    private final FromSecondUse<Tables, IOException> tables;
    private final List<LeafReaderContext> leaves;
    private final int liveFigures;
    /** Segment ordinals to global ones; {@code null} for an index of one segment, whose ordinals are global. */
    private final OrdinalMap globalOrdinals;
    /** The last count's sum of the ordinals it read ahead, unused but for keeping those reads (see addFromTable). */
    @SuppressWarnings("unused")
    private long readAhead;

    /**
     * A counter over the ordinals of {@code state}; its tables are read from {@code untimed}, the
     * same segments without the time limit, so that a search with a short one cannot leave them unread.
     */
    FacetOrdinalCounter(SortedSetDocValuesReaderState state, IndexReader untimed) throws IOException {
        this.state = state;
        this.labels = new FacetLabels(state);
        this.tables = new FromSecondUse<>(() -> {
            FacetOrdinalTable byDocument = FacetOrdinalTable.read(untimed, state.getField(), state.getSize(),
                    this::toGlobal);
            return new Tables(byDocument, FacetValueDocs.of(byDocument, state));
        });
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

    /** The figures of the commit not deleted. */
    int liveFigures() {
        return liveFigures;
    }

    /**
     * The commit's tables of ordinals if an earlier count has read them (the second of the commit
     * does, see {@link FromSecondUse}), else {@code null}; never reads them. Slices are counted with
     * the tables only.
     */
    Tables tablesIfRead() {
        return tables.ifMade();
    }

    /** {@code null} the first time, the commit's tables (read now if need be) from then on. */
    Tables tables() throws IOException {
        return tables.get();
    }

    /**
     * The number of figures among {@code hits} (bit {@code i} for document {@code from + i}, as
     * {@link MatchingFigures#inSlice} gives them) of {@code slice} with each global ordinal, read
     * from {@code ordinals}.
     */
    int[] count(MatchingFigures.Slice slice, FixedBitSet hits, FacetOrdinalTable ordinals) {
        int leaf = slice.leaf().ord;
        int[] counts = new int[state.getSize()];
        for (Words words : Words.values()) {
            addFromTable(hits, slice.from(), ordinals.starts(leaf), ordinals.low(leaf), ordinals.high(leaf), counts,
                    words);
        }
        return counts;
    }

    /**
     * The number of figures among {@code hitsBySegment} with each global ordinal, read from
     * {@code ordinals}, or from the doc values when {@code null}.
     */
    int[] count(FixedBitSet[] hitsBySegment, FacetOrdinalTable ordinals) throws IOException {
        if (ordinals != null) {
            return addRest(sample(hitsBySegment, ordinals), hitsBySegment, ordinals);
        }
        int[] counts = new int[state.getSize()];
        for (LeafReaderContext leaf : leaves) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
            LongValues toGlobal = toGlobal(leaf.ord);
            FixedBitSet docs = hitsBySegment[leaf.ord];
            docs.forEach(0, docs.length(), 0, doc -> {
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        counts[(int) toGlobal.get(values.nextOrd())]++;
                    }
                }
            });
        }
        return counts;
    }

    /**
     * The count of a sample of {@code hitsBySegment}, those in every {@value #SAMPLE_STRIDE}th word
     * of their bit sets (64 documents a word), read from {@code ordinals}: what {@link #addRest}
     * completes, and from which {@link FacetTop#cheaperThanCounting} judges the rest's cost.
     */
    Sample sample(FixedBitSet[] hitsBySegment, FacetOrdinalTable ordinals) {
        int[] counts = new int[state.getSize()];
        long hits = 0;
        long ordinalsRead = 0;
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet docs = hitsBySegment[leaf.ord];
            long[] words = docs.getBits();
            for (int word = 0, wordCount = FixedBitSet.bits2words(docs.length()); word < wordCount;
                    word += SAMPLE_STRIDE) {
                hits += Long.bitCount(words[word]);
            }
            ordinalsRead += addFromTable(docs, 0, ordinals.starts(leaf.ord), ordinals.low(leaf.ord),
                    ordinals.high(leaf.ord), counts, Words.SAMPLE);
        }
        return new Sample(counts, hits, ordinalsRead);
    }

    /**
     * The number of figures among {@code hitsBySegment} with each global ordinal: {@code sample}'s
     * counts (which this adds to) with those of the hits it left out.
     */
    int[] addRest(Sample sample, FixedBitSet[] hitsBySegment, FacetOrdinalTable ordinals) {
        for (LeafReaderContext leaf : leaves) {
            addFromTable(hitsBySegment[leaf.ord], 0, ordinals.starts(leaf.ord), ordinals.low(leaf.ord),
                    ordinals.high(leaf.ord), sample.counts(), Words.REST);
        }
        return sample.counts();
    }

    /**
     * Adds one to {@code counts} for the ordinals in the table of every document in {@code docs}
     * (bit {@code i} for document {@code base + i}) in the words of its bit set {@code which}
     * takes; {@code high} is {@code null} for a table whose ordinals fit two bytes. The bits are read
     * a word at a time here rather than through {@link FixedBitSet#forEach}, whose callback per hit
     * the JIT cannot inline once other callers pass theirs: a fifth or so faster. Before a word's
     * hits are counted, the first and last ordinal (low bytes) of each hit of the next word are
     * read, so that the memory reads of the next hits overlap the counting of these: for
     * 1,800-10,000 hits at 100,000 figures, a fifth to two fifths less time when the table is out
     * of the caches, a twentieth to a quarter when in. The sum of those reads is kept in
     * {@link #readAhead}, so that the JIT keeps them.
     *
     * @return the number of ordinals counted
     */
    private long addFromTable(FixedBitSet docs, int base, int[] starts, char[] low, char[] high, int[] counts,
            Words which) {
        long[] bitWords = docs.getBits();
        int lastOrdinal = low.length - 1;
        long ahead = 0;
        long counted = 0;
        int wordCount = FixedBitSet.bits2words(docs.length());
        for (int word = which.first(), next; word < wordCount; word = next) {
            next = which.next(word);
            if (next < wordCount && lastOrdinal >= 0) {
                for (long bits = bitWords[next]; bits != 0; bits &= bits - 1) {
                    int doc = base + (next << 6 | Long.numberOfTrailingZeros(bits));
                    ahead += low[Math.min(starts[doc], lastOrdinal)]
                            + low[Math.max(0, Math.min(starts[doc + 1] - 1, lastOrdinal))];
                }
            }
            for (long bits = bitWords[word]; bits != 0; bits &= bits - 1) {
                int doc = base + (word << 6 | Long.numberOfTrailingZeros(bits));
                int end = starts[doc + 1];
                counted += end - starts[doc];
                for (int i = starts[doc]; i < end; i++) {
                    counts[FacetOrdinalTable.ordinal(low, high, i)]++;
                }
            }
        }
        readAhead = ahead;
        return counted;
    }

    /** The mapping of segment {@code leaf}'s ordinals to global ones. */
    private LongValues toGlobal(int leaf) {
        return globalOrdinals == null ? LongValues.IDENTITY : globalOrdinals.getGlobalOrds(leaf);
    }
}
