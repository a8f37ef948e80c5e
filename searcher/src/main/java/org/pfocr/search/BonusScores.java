package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The all-words bonuses of one segment's documents, asked in increasing document order: for each
 * bonus, whether a document matches every part and, if so, the sum of the parts' scores, as the
 * parts' conjunction scores it. Each part's scorer is only moved to the documents asked about, so
 * the conjunction is never searched on its own.
 */
final class BonusScores {

    /** For each bonus that some document of the segment can get, its parts' scorers, the rarest first. */
    private final List<Part[]> bonuses;
    private final double factor;
    private int lastDoc = -1;
    private double lastSum;

    private BonusScores(List<Part[]> bonuses, double factor) {
        this.bonuses = bonuses;
        this.factor = factor;
    }

    /**
     * The bonuses of {@code context}'s documents, from each bonus's part weights (made with scores,
     * for every document, under the bonus's weight) and weight; {@code leadCost} is the number of
     * documents that may be asked about at most.
     */
    static BonusScores of(List<List<Weight>> bonusParts, float[] weights, LeafReaderContext context, long leadCost)
            throws IOException {
        List<Part[]> bonuses = new ArrayList<>(bonusParts.size());
        double factor = 1;
        for (int b = 0; b < weights.length; b++) {
            List<Weight> parts = bonusParts.get(b);
            ScorerSupplier[] suppliers = new ScorerSupplier[parts.size()];
            boolean possible = true;
            for (int i = 0; i < suppliers.length && possible; i++) {
                suppliers[i] = parts.get(i).scorerSupplier(context);
                possible = suppliers[i] != null; // a part that matches nothing here: so does its bonus
            }
            if (possible) {
                Arrays.sort(suppliers, Comparator.comparingLong(ScorerSupplier::cost));
                Part[] scorers = new Part[suppliers.length];
                for (int i = 0; i < scorers.length; i++) {
                    scorers[i] = new Part(suppliers[i].get(leadCost));
                }
                bonuses.add(scorers);
                factor *= 1 + weights[b];
            }
        }
        return new BonusScores(bonuses, factor);
    }

    /**
     * How many times a document's score without the bonuses its score with them is at most: the
     * product of {@code 1 + weight} over the bonuses of the segment's documents, since each bonus
     * is at most its weight times the score without it (with the bonuses nested in its parts).
     */
    double factor() {
        return factor;
    }

    /** The sum of the bonuses {@code doc} gets, 0 if none; {@code doc} no smaller than the last asked. */
    double of(int doc) throws IOException {
        if (doc == lastDoc) {
            return lastSum;
        }
        double sum = 0;
        for (Part[] parts : bonuses) {
            sum += bonus(parts, doc);
        }
        lastDoc = doc;
        lastSum = sum;
        return sum;
    }

    /**
     * The bonus of {@code doc} for matching all of {@code parts}, summed as a conjunction sums its
     * clauses (the parts' order, rarest first, may make the last bit of a float differ from the
     * parsed query's).
     */
    private static float bonus(Part[] parts, int doc) throws IOException {
        for (Part part : parts) {
            if (!part.matches(doc)) {
                return 0f;
            }
        }
        double sum = 0;
        for (Part part : parts) {
            sum += part.scorer.score();
        }
        return (float) sum;
    }

    /** One part's scorer, moved forward to the documents asked about. */
    private static final class Part {
        private final Scorer scorer;
        private final DocIdSetIterator candidates;
        private final TwoPhaseIterator check;

        Part(Scorer scorer) {
            this.scorer = scorer;
            this.check = scorer.twoPhaseIterator();
            this.candidates = check == null ? scorer.iterator() : check.approximation();
        }

        boolean matches(int doc) throws IOException {
            int at = candidates.docID();
            if (at < doc) {
                at = candidates.advance(doc);
            }
            return at == doc && (check == null || check.matches());
        }
    }
}
