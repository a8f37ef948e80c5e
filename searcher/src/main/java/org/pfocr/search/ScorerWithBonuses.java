package org.pfocr.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;

/**
 * A {@link DisjunctionWithBonuses} scorer for where it is one clause among others: the
 * disjunction's documents, each scored with its bonuses; the disjunction skips by the lowest score
 * of its own that can reach the minimum asked for.
 */
final class ScorerWithBonuses extends Scorer {

    private final Scorer disjunction;
    private final BonusScores bonuses;

    ScorerWithBonuses(Scorer disjunction, BonusScores bonuses) {
        this.disjunction = disjunction;
        this.bonuses = bonuses;
    }

    @Override
    public int docID() {
        return disjunction.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
        return disjunction.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
        return disjunction.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
        return DisjunctionWithBonuses.score(disjunction.score(), bonuses.of(docID()));
    }

    @Override
    public int advanceShallow(int target) throws IOException {
        return disjunction.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
        return DisjunctionWithBonuses.maxScore(disjunction.getMaxScore(upTo), bonuses.factor());
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
        disjunction.setMinCompetitiveScore(DisjunctionWithBonuses.disjunctionMinimum(minScore, bonuses.factor()));
    }
}
