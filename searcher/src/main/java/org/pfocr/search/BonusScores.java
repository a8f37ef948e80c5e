package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The all-words bonuses of one segment's documents, asked in increasing document order: for each
 * bonus, whether a document matches every part and, if so, the sum of the parts' scores, as the
 * parts' conjunction scores it. Each part's scorer is only moved to the documents asked about
 * ({@link ForwardMatcher}), so the conjunction is never searched on its own.
 */
final class BonusScores {

    /** For each bonus that some document of the segment can get, its parts' scorers, the rarest first. */
    private final List<ForwardMatcher[]> bonuses;
    private final double factor;
    private int lastDoc = -1;
    private double lastSum;

    private BonusScores(List<ForwardMatcher[]> bonuses, double factor) {
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
        List<ForwardMatcher[]> bonuses = new ArrayList<>(bonusParts.size());
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
                ForwardMatcher[] scorers = new ForwardMatcher[suppliers.length];
                for (int i = 0; i < scorers.length; i++) {
                    scorers[i] = new ForwardMatcher(suppliers[i].get(leadCost));
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
        for (ForwardMatcher[] parts : bonuses) {
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
    private static float bonus(ForwardMatcher[] parts, int doc) throws IOException {
        for (ForwardMatcher part : parts) {
            if (!part.matches(doc)) {
                return 0f;
            }
        }
        double sum = 0;
        for (ForwardMatcher part : parts) {
            sum += part.score();
        }
        return (float) sum;
    }
}
