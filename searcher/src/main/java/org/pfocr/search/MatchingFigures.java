package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The figures a query matches, as one bit set per segment, found without scores (for counting
 * them and their facets). A query that is only alternatives (a bare word's five fields and their
 * synonyms, {@code A OR B}, however nested and boosted; a single term, phrase or range too) is read
 * alternative by alternative, each one's matches written straight into the bit sets, which is
 * faster than Lucene's disjunction and collector (README, Performance); any other query is
 * collected by Lucene.
 *
 * @param bySegment the matching live figures of each segment, by the segment's ordinal
 * @param count how many figures match
 * @param partial whether {@code timeout} stopped the search before every match was found
 */
record MatchingFigures(FixedBitSet[] bySegment, long count, boolean partial) {

    /**
     * Documents {@code from} (a multiple of 64) to {@code to} (exclusive) of one segment.
     *
     * @param leaf the segment
     * @param from the first document, relative to the segment
     * @param to the document after the last
     */
    record Slice(LeafReaderContext leaf, int from, int to) {
    }

    /**
     * The matching live figures of one slice.
     *
     * @param bits bit {@code i} for document {@code from + i} of the slice's segment
     * @param count how many figures match
     * @param partial whether the time limit stopped the search before every match was found
     */
    record SliceHits(FixedBitSet bits, long count, boolean partial) {
    }

    /**
     * The live figures of {@code slice} that any of {@code alternatives} (weights made without
     * scores) matches, each one's matches written straight into the slice's bit set.
     */
    static SliceHits inSlice(List<Weight> alternatives, Slice slice, QueryTimeout timeout) throws IOException {
        FixedBitSet bits = new FixedBitSet(slice.to() - slice.from());
        boolean partial = false;
        for (Weight alternative : alternatives) {
            if (timeout.shouldExit()) {
                partial = true;
                break;
            }
            Scorer scorer = alternative.scorer(slice.leaf());
            if (scorer != null) {
                TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
                DocIdSetIterator matches = twoPhase == null ? scorer.iterator()
                        : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
                if (matches.advance(slice.from()) < slice.to()) {
                    matches.intoBitSet(slice.to(), bits, slice.from());
                }
            }
        }
        Bits live = slice.leaf().reader().getLiveDocs();
        if (live != null) {
            live.applyMask(bits, slice.from());
        }
        return new SliceHits(bits, bits.cardinality(), partial);
    }

    /** The figures of {@code searcher}'s reader that {@code query}, rewritten, matches. */
    static MatchingFigures of(IndexSearcher searcher, Query query, QueryTimeout timeout) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        return alternatives(query, alternatives) ? union(searcher, alternatives, timeout) : collect(searcher, query);
    }

    /**
     * Adds to {@code alternatives} the queries {@code query} is a disjunction of, and tells whether
     * it is only that: boolean queries whose clauses are all optional, without a minimum to match,
     * boosted or not, nested or not. Boosts are dropped: they change scores, not matches.
     */
    static boolean alternatives(Query query, List<Query> alternatives) {
        if (query instanceof BoostQuery boosted) {
            return alternatives(boosted.getQuery(), alternatives);
        }
        if (!(query instanceof BooleanQuery bool)) {
            alternatives.add(query);
            return true;
        }
        if (bool.getMinimumNumberShouldMatch() > 0
                || bool.clauses().stream().anyMatch(clause -> clause.occur() != BooleanClause.Occur.SHOULD)) {
            return false;
        }
        for (BooleanClause clause : bool.clauses()) {
            if (!alternatives(clause.query(), alternatives)) {
                return false;
            }
        }
        return true;
    }

    /** Each segment read as one slice ({@link #inSlice}), with every alternative's weight made once. */
    private static MatchingFigures union(IndexSearcher searcher, List<Query> alternatives, QueryTimeout timeout)
            throws IOException {
        List<Weight> weights = weights(searcher, alternatives);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bySegment = new FixedBitSet[leaves.size()];
        long count = 0;
        boolean partial = false;
        for (LeafReaderContext leaf : leaves) {
            SliceHits hits = inSlice(weights, new Slice(leaf, 0, leaf.reader().maxDoc()), timeout);
            bySegment[leaf.ord] = hits.bits();
            count += hits.count();
            partial |= hits.partial();
        }
        return new MatchingFigures(bySegment, count, partial);
    }

    /** The weights of {@code alternatives}, made without scores, for {@link #inSlice}. */
    static List<Weight> weights(IndexSearcher searcher, List<Query> alternatives) throws IOException {
        List<Weight> weights = new ArrayList<>(alternatives.size());
        for (Query alternative : alternatives) {
            weights.add(searcher.createWeight(alternative, ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        return weights;
    }

    /** Lucene collects the matches; its time limit, if the searcher has one, marks them partial. */
    private static MatchingFigures collect(IndexSearcher searcher, Query query) throws IOException {
        FixedBitSet[] bySegment = noneBySegment(searcher.getIndexReader().leaves());
        searcher.search(query, new CollectorManager<BitSetCollector, Void>() {
            @Override
            public BitSetCollector newCollector() {
                return new BitSetCollector(bySegment);
            }

            @Override
            public Void reduce(Collection<BitSetCollector> collectors) {
                return null;
            }
        });
        return new MatchingFigures(bySegment, count(bySegment), searcher.timedOut());
    }

    /** An empty bit set for each of {@code leaves}, by the segment's ordinal. */
    static FixedBitSet[] noneBySegment(List<LeafReaderContext> leaves) {
        FixedBitSet[] bySegment = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            bySegment[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
        }
        return bySegment;
    }

    private static long count(FixedBitSet[] bySegment) {
        long count = 0;
        for (FixedBitSet hits : bySegment) {
            count += hits.cardinality();
        }
        return count;
    }

    /** Sets the bit of every document collected, in the bit set of its segment. */
    private static final class BitSetCollector implements Collector {
        private final FixedBitSet[] bySegment;

        BitSetCollector(FixedBitSet[] bySegment) {
            this.bySegment = bySegment;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) {
            FixedBitSet hits = bySegment[leaf.ord];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    hits.set(doc);
                }

                @Override
                public void collect(DocIdStream stream) throws IOException {
                    stream.forEach(hits::set);
                }

                @Override
                public void collectRange(int min, int max) {
                    hits.set(min, max);
                }
            };
        }
    }
}
