package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.pfocr.query.AllWordsBonus;

/**
 * A query (a disjunction, maybe with exclusions) beside the all-words bonuses that reward its
 * clauses, ranked without searching the bonuses' conjunctions: the query finds and scores the
 * documents, and a document's bonuses are added when it could enter the page. The parser puts a
 * bonus ({@link AllWordsBonus}) only beside the clauses it rewards, so the query matches every
 * document a bonus does, and a bonus is at most its weight times the query's score (with the
 * bonuses nested in its parts). Added innermost first, each bonus multiplies the score by at most
 * {@code 1 + its weight}: the query can skip (MaxScore, block-max WAND) every document whose own
 * score, times the product of those factors ({@link BonusScores#factor}), stays below the page's
 * worst. The same documents match as for the query and its bonuses or'ed together, with the same
 * scores but for the order of the sum (the last bit of a float may differ). Made only by
 * {@link RankingQuery}, for ranking.
 */
final class DisjunctionWithBonuses extends Query {

    /** Relative slack for the rounding of float scores summed in another order. */
    private static final double ROUNDING = 1e-5;

    private final Query disjunction;
    /** Each an {@link AllWordsBonus}, maybe boosted. */
    private final List<Query> bonuses;

    DisjunctionWithBonuses(Query disjunction, List<Query> bonuses) {
        this.disjunction = disjunction;
        this.bonuses = List.copyOf(bonuses);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight base = searcher.createWeight(disjunction, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return base;
        }
        List<List<Weight>> parts = new ArrayList<>(bonuses.size());
        float[] weights = new float[bonuses.size()];
        for (Query query : bonuses) {
            float outer = 1f;
            while (query instanceof BoostQuery boosted) {
                outer *= boosted.getBoost();
                query = boosted.getQuery();
            }
            AllWordsBonus bonus = (AllWordsBonus) query;
            List<Weight> partWeights = new ArrayList<>(bonus.parts().size());
            for (Query part : bonus.parts()) {
                partWeights.add(searcher.createWeight(part, ScoreMode.COMPLETE, boost * outer * bonus.weight()));
            }
            weights[parts.size()] = bonus.weight();
            parts.add(partWeights);
        }
        return new WithBonusesWeight(base, parts, weights);
    }

    /** No score is above {@code factor} times the disjunction's, give or take rounding. */
    static float maxScore(float disjunctionMax, double factor) {
        return (float) (disjunctionMax * factor * (1 + ROUNDING));
    }

    /** Below this score of its own, a document cannot reach {@code minCompetitive} with its bonuses. */
    static float disjunctionMinimum(float minCompetitive, double factor) {
        return (float) (minCompetitive / (factor * (1 + ROUNDING)));
    }

    /** A document's score: the disjunction's and its bonuses', summed as a disjunction sums its clauses. */
    static float score(float disjunctionScore, double bonuses) {
        return (float) (disjunctionScore + bonuses);
    }

    private final class WithBonusesWeight extends Weight {
        private final Weight base;
        private final List<List<Weight>> parts;
        private final float[] weights;

        WithBonusesWeight(Weight base, List<List<Weight>> parts, float[] weights) {
            super(DisjunctionWithBonuses.this);
            this.base = base;
            this.parts = parts;
            this.weights = weights;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = base.scorerSupplier(context);
            if (supplier == null) {
                return null;
            }
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return new ScorerWithBonuses(supplier.get(leadCost),
                            BonusScores.of(parts, weights, context, supplier.cost()));
                }

                @Override
                public BulkScorer bulkScorer() throws IOException {
                    return new BulkScorerWithBonuses(supplier.bulkScorer(),
                            BonusScores.of(parts, weights, context, supplier.cost()));
                }

                @Override
                public long cost() {
                    return supplier.cost();
                }

                @Override
                public void setTopLevelScoringClause() throws IOException {
                    supplier.setTopLevelScoringClause();
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Explanation own = base.explain(context, doc);
            if (!own.isMatch()) {
                return own;
            }
            List<Explanation> details = new ArrayList<>(List.of(own));
            double bonusSum = 0;
            for (List<Weight> bonus : parts) {
                List<Explanation> each = new ArrayList<>(bonus.size());
                double sum = 0;
                for (Weight part : bonus) {
                    Explanation explained = part.explain(context, doc);
                    each.add(explained);
                    sum += explained.getValue().floatValue();
                }
                if (each.stream().allMatch(Explanation::isMatch)) {
                    bonusSum += (float) sum;
                    details.add(Explanation.match((float) sum, "all-words bonus, sum of:", each));
                }
            }
            return Explanation.match(score(own.getValue().floatValue(), bonusSum), "sum of:", details);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return base.matches(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return false;
        }

        @Override
        public int count(LeafReaderContext context) throws IOException {
            return base.count(context);
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = disjunction.rewrite(searcher);
        List<Query> rewrittenBonuses = new ArrayList<>(bonuses.size());
        for (Query bonus : bonuses) {
            rewrittenBonuses.add(bonus.rewrite(searcher));
        }
        return rewritten == disjunction && rewrittenBonuses.equals(bonuses) ? this
                : new DisjunctionWithBonuses(rewritten, rewrittenBonuses);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        disjunction.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
        QueryVisitor bonusVisitor = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        bonuses.forEach(bonus -> bonus.visit(bonusVisitor));
    }

    @Override
    public String toString(String field) {
        return "withBonuses(" + disjunction.toString(field) + ", " + bonuses + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && disjunction.equals(((DisjunctionWithBonuses) other).disjunction)
                && bonuses.equals(((DisjunctionWithBonuses) other).bonuses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), disjunction, bonuses);
    }
}
