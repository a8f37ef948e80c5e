package org.pfocr.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * One query's documents in one segment, asked in increasing document order: its scorer is moved
 * forward to the documents asked about only, and its second-phase check (a phrase's positions)
 * read for those only. Serves the matched fields of a page ({@link MatchedFields}) and the parts of
 * the all-words bonuses ({@link BonusScores}).
 */
final class ForwardMatcher {

    /** {@code null} for a query that matches nothing in the segment. */
    private final Scorer scorer;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator check;

    ForwardMatcher(Scorer scorer) {
        this.scorer = scorer;
        this.check = scorer.twoPhaseIterator();
        this.approximation = check == null ? scorer.iterator() : check.approximation();
    }

    private ForwardMatcher() {
        this.scorer = null;
        this.check = null;
        this.approximation = DocIdSetIterator.empty();
    }

    /** The documents {@code weight} matches in {@code leaf}, any number of them to be asked about. */
    static ForwardMatcher of(Weight weight, LeafReaderContext leaf) throws IOException {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        return supplier == null ? new ForwardMatcher() : new ForwardMatcher(supplier.get(Long.MAX_VALUE));
    }

    /** Whether the query matches {@code doc}, no lower than any document asked before. */
    boolean matches(int doc) throws IOException {
        int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
        return at == doc && (check == null || check.matches());
    }

    /** The score of the document last found to match. */
    float score() throws IOException {
        return scorer.score();
    }
}
