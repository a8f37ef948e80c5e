package org.pfocr.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best {@code size} hits by score, ties broken by figid, as Lucene's sort by score then figid
 * gives them (each a {@link FieldDoc} with its score as first sort value), with the figids' order
 * read from a {@link FigidOrder}: a hit tied with the last kept costs an array lookup, not a doc
 * value read. Lucene skips what scores below the last kept (block-max WAND). Counts no hits.
 */
final class TopByScoreThenFigid implements CollectorManager<TopByScoreThenFigid.Best, TopDocs> {

    private final int size;
    private final FigidOrder order;

    TopByScoreThenFigid(int size, FigidOrder order) {
        this.size = size;
        this.order = order;
    }

    @Override
    public Best newCollector() {
        return new Best();
    }

    @Override
    public TopDocs reduce(Collection<Best> collectors) {
        Queue merged = new Queue(size);
        for (Best best : collectors) {
            while (best.queue.size() > 0) {
                Hit hit = best.queue.pop();
                merged.offer(hit.doc, hit.score, hit.place);
            }
        }
        // The queue gives the worst kept hit first: the best go to the front of the array.
        FieldDoc[] docs = new FieldDoc[merged.size()];
        for (int i = docs.length - 1; i >= 0; i--) {
            Hit hit = merged.pop();
            docs[i] = new FieldDoc(hit.doc, hit.score, new Object[] {hit.score});
        }
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), docs);
    }

    /** A kept hit: its document, score and place in figid order. */
    private static final class Hit {
        int doc;
        float score;
        int place;

        Hit(int doc, float score, int place) {
            this.doc = doc;
            this.score = score;
            this.place = place;
        }
    }

    /** Whether {@code a} ranks below {@code b}. */
    private static boolean worse(Hit a, Hit b) {
        return worse(a.score, a.place, b);
    }

    /** Whether a hit of {@code score} and figid place {@code place} ranks below {@code than}. */
    private static boolean worse(float score, int place, Hit than) {
        return score < than.score || (score == than.score && place > than.place);
    }

    /** The best hits so far, the worst of them on top. */
    private static final class Queue extends PriorityQueue<Hit> {
        private final int size;

        Queue(int size) {
            super(size);
            this.size = size;
        }

        @Override
        protected boolean lessThan(Hit a, Hit b) {
            return worse(a, b);
        }

        /** Keeps the hit if it ranks among the best; whether it was kept. */
        boolean offer(int doc, float score, int place) {
            if (size() < size) {
                add(new Hit(doc, score, place));
                return true;
            }
            Hit worst = top();
            if (worse(score, place, worst)) {
                return false;
            }
            worst.doc = doc;
            worst.score = score;
            worst.place = place;
            updateTop();
            return true;
        }

        /** Whether as many hits as wanted are kept. */
        boolean full() {
            return size() == size;
        }
    }

    /** Collects one slice's best hits. */
    final class Best implements Collector {
        private final Queue queue = new Queue(size);

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int docBase = context.docBase;
            int[] places = order.places(context.ord);
            return new LeafCollector() {
                private Scorable scorer;
                private float minCompetitive;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    minCompetitive = 0;
                    raiseMinimum();
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (queue.offer(docBase + doc, scorer.score(), places[doc])) {
                        raiseMinimum();
                    }
                }

                /** Lets the scorer skip what scores below the worst kept hit; ties still compete. */
                private void raiseMinimum() throws IOException {
                    if (queue.full() && queue.top().score > minCompetitive) {
                        minCompetitive = queue.top().score;
                        scorer.setMinCompetitiveScore(minCompetitive);
                    }
                }
            };
        }
    }
}
