package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.pfocr.results.Facet;

/**
 * The count of a search's hits and their facets, made on helper threads while the searching
 * thread ranks the hits. A query of alternatives (see {@link MatchingFigures}) with phrases among
 * them, once the commit's facet table is read (by its second count), is counted slice by slice
 * of the segments: the helpers take the slices first to last, and the searching thread, once it has ranked, takes those
 * left from the last, so the two cores share the count however long the ranking took. A slice
 * counts its hits' facet values when they are few; when the hits of all slices are many, their
 * facets are found by {@link FacetTop} once all are in. Any other query, and the first two counts
 * of a commit, is one part. Use from the searching thread only.
 */
final class HitCount {

    /** Slices per search: a handful, so that each costs one scorer per alternative and segment part. */
    private static final int SLICES = 4;
    /** Documents in a slice at least; a multiple of 64, so that slices split bit sets at word bounds. */
    private static final int SMALLEST_SLICE = 4096;

    /**
     * The hits and facets of a search, counted.
     *
     * @param total how many figures match
     * @param facets the top values of each dimension over them
     * @param partial whether the time limit stopped the count before every figure was found
     */
    record Counted(long total, List<Facet> facets, boolean partial) {
    }

    /**
     * A slice's part of the count: its hits, as a bit set ({@code null} if it stopped before any)
     * and a number, their facet counts ({@code null} if not wanted or left to {@link FacetTop}),
     * and whether it stopped.
     */
    private record Part(FixedBitSet bits, long hits, int[] counts, boolean partial) {
    }

    private final FacetOrdinalCounter counter;
    private final FacetOrdinalCounter.Tables tables;
    private final int facetLimit;
    /** The slices {@link #parts} count, in the same order. */
    private final List<MatchingFigures.Slice> slices;
    /** One part for the whole count ({@link #whole}), or one per slice. */
    private final List<HelperThreads.Pending<Part>> parts;
    private final HelperThreads.Pending<Counted> whole;

    private HitCount(FacetOrdinalCounter counter, FacetOrdinalCounter.Tables tables, int facetLimit,
            List<MatchingFigures.Slice> slices, List<HelperThreads.Pending<Part>> parts,
            HelperThreads.Pending<Counted> whole) {
        this.counter = counter;
        this.tables = tables;
        this.facetLimit = facetLimit;
        this.slices = slices;
        this.parts = parts;
        this.whole = whole;
    }

    /**
     * Starts counting the figures {@code matching} (rewritten) finds and their top
     * {@code facetLimit} facet values, on {@code helpers}, within the calling thread's time limit.
     */
    static HitCount start(IndexSnapshot snapshot, IndexSearcher searcher, Query matching, FacetOrdinalCounter counter,
            int facetLimit, HelperThreads helpers) throws IOException {
        return start(snapshot, searcher, matching, counter, facetLimit, helpers, SMALLEST_SLICE);
    }

    /** {@link #start}, with slices of {@code smallestSlice} documents at least (a multiple of 64). */
    static HitCount start(IndexSnapshot snapshot, IndexSearcher searcher, Query matching, FacetOrdinalCounter counter,
            int facetLimit, HelperThreads helpers, int smallestSlice) throws IOException {
        SearchDeadlines deadlines = snapshot.deadlines();
        Long deadline = deadlines.deadline();
        List<Query> alternatives = new ArrayList<>();
        FacetOrdinalCounter.Tables tables = counter.tablesIfRead();
        if (tables == null || !MatchingFigures.alternatives(matching, alternatives)
                || alternatives.stream().noneMatch(HitCount::positional)) {
            return new HitCount(counter, tables, facetLimit, List.of(), List.of(),
                    helpers.start(within(deadlines, deadline, () -> {
                        MatchingFigures matched = MatchingFigures.of(searcher, matching, deadlines);
                        return new Counted(matched.count(), FacetCounter.count(counter, matched, facetLimit),
                                matched.partial());
                    }, new Counted(0, List.of(), true))));
        }
        List<Weight> weights = MatchingFigures.weights(searcher, alternatives);
        List<MatchingFigures.Slice> slices = slices(searcher.getIndexReader().leaves(), smallestSlice);
        List<HelperThreads.Pending<Part>> parts = new ArrayList<>();
        for (MatchingFigures.Slice slice : slices) {
            parts.add(helpers.start(within(deadlines, deadline, () -> {
                MatchingFigures.SliceHits hits = MatchingFigures.inSlice(weights, slice, deadlines);
                boolean counted = facetLimit > 0 && !FacetTop.worthIt(hits.count(), slice.to() - slice.from());
                int[] counts = counted ? counter.count(slice, hits.bits(), tables.byDocument()) : null;
                return new Part(hits.bits(), hits.count(), counts, hits.partial());
            }, new Part(null, 0, null, true))));
        }
        return new HitCount(counter, tables, facetLimit, slices, parts, null);
    }

    /**
     * {@code part} run within {@code deadline} (the searching thread's, taken up by whichever thread
     * runs it); {@code stopped} if Lucene stops it there.
     */
    private static <T> HelperThreads.Part<T> within(SearchDeadlines deadlines, Long deadline,
            HelperThreads.Part<T> part, T stopped) {
        return () -> {
            try (SearchDeadlines.Limit limit = deadlines.resume(deadline)) {
                return part.run();
            } catch (ExitableDirectoryReader.ExitingReaderException e) {
                return stopped;
            }
        };
    }

    /**
     * The count: the parts no helper has started are run by this thread, the last first, while the
     * helpers finish theirs.
     */
    Counted join() throws IOException {
        if (whole != null) {
            return whole.join();
        }
        long total = 0;
        boolean partial = false;
        Part[] done = new Part[parts.size()];
        for (int i = parts.size() - 1; i >= 0; i--) {
            done[i] = parts.get(i).join();
            total += done[i].hits();
            partial |= done[i].partial();
        }
        if (facetLimit == 0) {
            return new Counted(total, FacetCounter.top(counter, null, 0), partial);
        }
        if (FacetTop.worthIt(total, counter.liveFigures())) {
            return new Counted(total, FacetTop.top(counter, tables.byValue(), bySegment(done), facetLimit), partial);
        }
        int[] counts = new int[(int) counter.state().getSize()];
        for (int i = 0; i < done.length; i++) {
            if (done[i].bits() == null) {
                continue; // stopped by the time limit before it found any hit
            }
            // A slice of many hits left its count to FacetTop, which the whole count turned out not to need.
            int[] partCounts = done[i].counts() != null ? done[i].counts()
                    : counter.count(slices.get(i), done[i].bits(), tables.byDocument());
            for (int ord = 0; ord < counts.length; ord++) {
                counts[ord] += partCounts[ord];
            }
        }
        return new Counted(total, FacetCounter.top(counter, counts, facetLimit), partial);
    }

    /** The hits of {@code done}, the parts of {@link #slices}, as a bit set for each segment. */
    private FixedBitSet[] bySegment(Part[] done) {
        FixedBitSet[] bySegment = MatchingFigures.noneBySegment(counter.state().getReader().leaves());
        for (int i = 0; i < done.length; i++) {
            MatchingFigures.Slice slice = slices.get(i);
            FixedBitSet bits = done[i].bits();
            if (bits != null) {
                System.arraycopy(bits.getBits(), 0, bySegment[slice.leaf().ord].getBits(), slice.from() >> 6,
                        FixedBitSet.bits2words(bits.length()));
            }
        }
        return bySegment;
    }

    /** Whether the count is shared out in slices rather than made in one part. */
    boolean isSliced() {
        return whole == null;
    }

    /** Waits until every part is over, whatever its result: for a search that failed. */
    void finishQuietly() {
        if (whole != null) {
            whole.finishQuietly();
        }
        parts.forEach(HelperThreads.Pending::finishQuietly);
    }

    /**
     * Whether {@code alternative} checks positions (a phrase): then the count, which checks them in
     * every candidate figure, takes longer than the ranking, which skips most candidates, and is
     * worth sharing out; otherwise the slices' own costs outweigh what sharing saves.
     */
    private static boolean positional(Query alternative) {
        return alternative instanceof PhraseQuery || alternative instanceof MultiPhraseQuery
                || alternative instanceof SpanQuery;
    }

    /**
     * The slices of {@code leaves}: each within one segment, starting at a multiple of 64, about
     * {@value #SLICES} in all and {@code smallestSlice} documents or more (but for a segment's last).
     */
    static List<MatchingFigures.Slice> slices(List<LeafReaderContext> leaves, int smallestSlice) {
        long documents = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
        int size = (int) Math.max(smallestSlice, (documents / SLICES + 63) & ~63L);
        List<MatchingFigures.Slice> slices = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            for (int from = 0; from < maxDoc; from += size) {
                slices.add(new MatchingFigures.Slice(leaf, from, Math.min(maxDoc, from + size)));
            }
        }
        return slices;
    }
}
