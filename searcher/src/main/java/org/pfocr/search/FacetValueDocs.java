package org.pfocr.search;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents that have each facet value of one commit, segment by segment, made from its
 * {@link FacetOrdinalTable} (the same ordinals, by value instead of by document): a bit set where a
 * value is in a 32nd of a segment's documents or more, which is then the smaller form, else a
 * list of document numbers. With every value's number of documents, this lets {@link FacetTop}
 * count only the values that can be among the top ones of many hits. Immutable and thread-safe.
 */
final class FacetValueDocs {

    /** A value in this share of a segment's documents or more is kept as a bit set there. */
    private static final int DENSE_SHARE = Integer.SIZE;
    /** The time {@link #count} takes for a word of a value's bit set, measured at 100,000 figures. */
    private static final double NANOS_A_WORD = 0.5;
    /** The time {@link #count} takes for one of a value's listed documents. */
    private static final double NANOS_A_LISTED_DOCUMENT = 1.0;

    /** Per segment and ordinal: the documents as a bit set's words, or {@code null} if listed. */
    private final long[][][] bits;
    /** Per segment: where each ordinal's listed documents start in {@link #listed}; one more entry than ordinals. */
    private final int[][] listStarts;
    /** Per segment: the listed documents, ordinal after ordinal, in document order. */
    private final int[][] listed;
    /** Per ordinal: the documents of the commit that have it, deleted ones included. */
    private final int[] documents;
    /** The ordinals of each dimension's range, in that range, by {@link #documents} (most first, then by ordinal). */
    private final int[] byDocuments;
    /**
     * Per place {@code i} of {@link #byDocuments}: the estimated nanoseconds of {@link #count}ing
     * the ordinals at places before it (of every range; ranges subtract); one more entry than ordinals.
     */
    private final double[] costBefore;

    private FacetValueDocs(long[][][] bits, int[][] listStarts, int[][] listed, int[] documents, int[] byDocuments) {
        this.bits = bits;
        this.listStarts = listStarts;
        this.listed = listed;
        this.documents = documents;
        this.byDocuments = byDocuments;
        this.costBefore = new double[byDocuments.length + 1];
        for (int i = 0; i < byDocuments.length; i++) {
            costBefore[i + 1] = costBefore[i] + cost(byDocuments[i]);
        }
    }

    /** The documents of each ordinal of {@code state} in {@code table}. */
    static FacetValueDocs of(FacetOrdinalTable table, SortedSetDocValuesReaderState state) {
        int values = Math.toIntExact(state.getSize());
        int segments = table.segments();
        long[][][] bits = new long[segments][][];
        int[][] listStarts = new int[segments][];
        int[][] listed = new int[segments][];
        int[] documents = new int[values];
        for (int leaf = 0; leaf < segments; leaf++) {
            int[] starts = table.starts(leaf);
            char[] low = table.low(leaf);
            char[] high = table.high(leaf);
            int[] inSegment = new int[values];
            for (int i = 0; i < low.length; i++) {
                inSegment[FacetOrdinalTable.ordinal(low, high, i)]++;
            }
            int maxDoc = table.maxDoc(leaf);
            long[][] segmentBits = new long[values][];
            int[] start = new int[values + 1];
            for (int ord = 0; ord < values; ord++) {
                documents[ord] += inSegment[ord];
                boolean dense = (long) inSegment[ord] * DENSE_SHARE >= maxDoc && inSegment[ord] > 0;
                segmentBits[ord] = dense ? new long[FixedBitSet.bits2words(maxDoc)] : null;
                start[ord + 1] = start[ord] + (dense ? 0 : inSegment[ord]);
            }
            int[] docs = new int[start[values]];
            int[] next = Arrays.copyOf(start, values);
            for (int doc = 0; doc < maxDoc; doc++) {
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    int ord = FacetOrdinalTable.ordinal(low, high, i);
                    if (segmentBits[ord] != null) {
                        segmentBits[ord][doc >> 6] |= 1L << doc;
                    } else {
                        docs[next[ord]++] = doc;
                    }
                }
            }
            bits[leaf] = segmentBits;
            listStarts[leaf] = start;
            listed[leaf] = docs;
        }
        int[] byDocuments = IntStream.range(0, values).toArray();
        for (OrdRange range : state.getPrefixToOrdRange().values()) {
            int[] sorted = IntStream.rangeClosed(range.start(), range.end()).boxed()
                    .sorted((a, b) -> documents[a] != documents[b] ? Integer.compare(documents[b], documents[a])
                            : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
            System.arraycopy(sorted, 0, byDocuments, range.start(), sorted.length);
        }
        return new FacetValueDocs(bits, listStarts, listed, documents, byDocuments);
    }

    /** How many documents of the commit have ordinal {@code ord}, deleted ones included: at least as many as any hits. */
    int documents(int ord) {
        return documents[ord];
    }

    /**
     * The {@code i}th ordinal of its dimension's range by how many documents have it, most first,
     * ties in ordinal order: {@code i} from the range's start to its end goes through the range.
     */
    int byDocuments(int i) {
        return byDocuments[i];
    }

    /**
     * The estimated nanoseconds of {@link #count}ing the ordinals of {@code range} that
     * {@code threshold} or more documents have (the first ones by {@link #byDocuments}).
     */
    double costOfCounting(OrdRange range, int threshold) {
        int low = range.start();
        int high = range.end() + 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (documents[byDocuments[middle]] >= threshold) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return costBefore[low] - costBefore[range.start()];
    }

    /** The estimated nanoseconds of {@link #count}ing ordinal {@code ord}: its bit sets' words and its listed documents. */
    private double cost(int ord) {
        double cost = 0;
        for (int leaf = 0; leaf < bits.length; leaf++) {
            cost += bits[leaf][ord] != null ? bits[leaf][ord].length * NANOS_A_WORD
                    : (listStarts[leaf][ord + 1] - listStarts[leaf][ord]) * NANOS_A_LISTED_DOCUMENT;
        }
        return cost;
    }

    /** How many of {@code hits} (a bit set per segment) have ordinal {@code ord}. */
    int count(int ord, FixedBitSet[] hits) {
        int count = 0;
        for (int leaf = 0; leaf < hits.length; leaf++) {
            long[] hitWords = hits[leaf].getBits();
            long[] valueWords = bits[leaf][ord];
            if (valueWords != null) {
                for (int word = 0; word < valueWords.length; word++) {
                    count += Long.bitCount(valueWords[word] & hitWords[word]);
                }
            } else {
                int[] docs = listed[leaf];
                for (int i = listStarts[leaf][ord], end = listStarts[leaf][ord + 1]; i < end; i++) {
                    count += (int) (hitWords[docs[i] >> 6] >>> docs[i]) & 1;
                }
            }
        }
        return count;
    }
}
