package org.pfocr.search;

import java.io.IOException;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.Bits;

/**
 * A {@link DisjunctionWithBonuses} scorer for where it is the whole query: the disjunction's own
 * bulk scorer (MaxScore) runs, told the lowest score of its own that can reach the page, and each
 * document it collects gets its bonuses before the page's collector sees it, unless even with the
 * most bonus it could get it stays below the page's worst.
 */
final class BulkScorerWithBonuses extends BulkScorer {

    private final BulkScorer disjunction;
    private final BonusScores bonuses;

    BulkScorerWithBonuses(BulkScorer disjunction, BonusScores bonuses) {
        this.disjunction = disjunction;
        this.bonuses = bonuses;
    }

    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
        return disjunction.score(new Collecting(collector), acceptDocs, min, max);
    }

    @Override
    public long cost() {
        return disjunction.cost();
    }

    /** Passes the disjunction's documents on to {@code page}, scored with their bonuses. */
    private final class Collecting extends Scorable implements LeafCollector {
        private final LeafCollector page;
        private Scorable own;
        private float minCompetitive;
        private float score;

        Collecting(LeafCollector page) {
            this.page = page;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            own = scorer;
            page.setScorer(this);
        }

        @Override
        public void collect(int doc) throws IOException {
            float ownScore = own.score();
            if (DisjunctionWithBonuses.maxScore(ownScore, bonuses.factor()) < minCompetitive) {
                return;
            }
            score = DisjunctionWithBonuses.score(ownScore, bonuses.of(doc));
            page.collect(doc);
        }

        @Override
        public void finish() throws IOException {
            page.finish();
        }

        @Override
        public float score() {
            return score;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            minCompetitive = minScore;
            own.setMinCompetitiveScore(DisjunctionWithBonuses.disjunctionMinimum(minScore, bonuses.factor()));
        }
    }
}
