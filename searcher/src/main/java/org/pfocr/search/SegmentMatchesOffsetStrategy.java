package org.pfocr.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * Match offsets from the postings by Lucene's {@link Matches} API, as the UnifiedHighlighter's own
 * weight-matches strategy finds them, with the same result, but with the query rewritten and its
 * {@link Weight} made once per segment instead of once per highlighted document: a
 * synonym-expanded query over several fields has hundreds of terms, and making the weight looks
 * each of them up in the term dictionary. One instance serves one highlighting call (one thread).
 */
final class SegmentMatchesOffsetStrategy extends PostingsOffsetStrategy {

    private final Map<LeafReader, SegmentMatcher> segments = new IdentityHashMap<>();

    SegmentMatchesOffsetStrategy(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results)
            throws IOException {
        SegmentMatcher segment = segments.get(leaf);
        if (segment == null) {
            segment = new SegmentMatcher(leaf);
            segments.put(leaf, segment);
        }
        Matches matches = segment.weight.matches(segment.reader.getContext(), doc);
        if (matches == null) {
            return;
        }
        for (String field : matches) {
            if (components.fieldMatcher().test(field)) {
                MatchesIterator iterator = matches.getMatches(field);
                if (iterator != null) {
                    results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                }
            }
        }
    }

    /** The query's weight over one segment in which every marked field reads as the highlighted one. */
    private final class SegmentMatcher {
        private final LeafReader reader;
        private final Weight weight;

        SegmentMatcher(LeafReader segment) throws IOException {
            this.reader = new MarkedFieldsAsHighlighted(segment);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            this.weight = searcher.rewrite(components.query()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
    }

    /** A segment whose marked fields have the terms of the highlighted field, so their query terms match there. */
    private final class MarkedFieldsAsHighlighted extends FilterLeafReader {
        MarkedFieldsAsHighlighted(LeafReader segment) {
            super(segment);
        }

        @Override
        public Terms terms(String field) throws IOException {
            return super.terms(components.fieldMatcher().test(field) ? components.field() : field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
