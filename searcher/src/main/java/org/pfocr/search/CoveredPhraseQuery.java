package org.pfocr.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A phrase that a term beside it in the same disjunction covers ({@link CoveredPhrases}): every
 * document with all of the phrase's words has that term, so the disjunction matches it whether
 * the phrase does or not, and the phrase only adds to its score. Its documents are then those
 * that have all its words (the phrase's approximation), and its positions are read only for a
 * document that is scored, which then gets the phrase's score if the words stand as the phrase
 * says and nothing otherwise. The disjunction matches the same documents with the same scores;
 * what changes is that Lucene no longer reads positions of documents it goes on to skip (as a
 * two-phase clause, a phrase checks every document with its words that it passes over, ranked or
 * not). Never use it outside such a disjunction: alone it matches documents the phrase does not.
 */
final class CoveredPhraseQuery extends Query {

    private final PhraseQuery phrase;

    CoveredPhraseQuery(PhraseQuery phrase) {
        this.phrase = phrase;
    }

    PhraseQuery phrase() {
        return phrase;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new FilterWeight(this, phrase.createWeight(searcher, scoreMode, boost)) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                return supplier == null ? null : new CheckedWhenScoredSupplier(supplier);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }

            @Override
            public int count(LeafReaderContext context) {
                return -1;
            }
        };
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = phrase.rewrite(searcher);
        if (rewritten == phrase) {
            return this;
        }
        return rewritten instanceof PhraseQuery stillPhrase ? new CoveredPhraseQuery(stillPhrase) : rewritten;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "covered(" + phrase.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((CoveredPhraseQuery) other).phrase);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + phrase.hashCode();
    }

    private static final class CheckedWhenScoredSupplier extends ScorerSupplier {
        private final ScorerSupplier phrase;

        CheckedWhenScoredSupplier(ScorerSupplier phrase) {
            this.phrase = phrase;
        }

        @Override
        public Scorer get(long leadCost) throws IOException {
            Scorer scorer = phrase.get(leadCost);
            TwoPhaseIterator positions = scorer.twoPhaseIterator();
            return positions == null ? scorer : new CheckedWhenScored(scorer, positions);
        }

        @Override
        public long cost() {
            return phrase.cost();
        }
    }

    /** The phrase's scorer over its approximation, its positions checked when a document is scored. */
    private static final class CheckedWhenScored extends Scorer {
        private final Scorer phrase;
        private final TwoPhaseIterator positions;
        private final DocIdSetIterator withAllWords;
        private int checked = -1;
        private boolean matched;

        CheckedWhenScored(Scorer phrase, TwoPhaseIterator positions) {
            this.phrase = phrase;
            this.positions = positions;
            this.withAllWords = positions.approximation();
        }

        @Override
        public int docID() {
            return withAllWords.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return withAllWords;
        }

        @Override
        public float score() throws IOException {
            int doc = withAllWords.docID();
            if (doc != checked) {
                checked = doc;
                matched = positions.matches();
            }
            return matched ? phrase.score() : 0f;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return phrase.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return phrase.getMaxScore(upTo);
        }
    }
}
