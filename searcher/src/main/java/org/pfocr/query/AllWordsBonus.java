package org.pfocr.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The all-words bonus of a query's run of words or OR ({@link FigureQueryParser}): it matches the
 * figures that match every one of its parts, scored {@link #weight()} times the sum of the parts'
 * scores, as the boosted conjunction of the parts would be. The parser puts it only beside the
 * query it rewards, as an optional clause, and each part matches only figures that query matches
 * and scores at most what that query scores, so a search can rank the two without finding the
 * conjunction's figures on its own ({@code DisjunctionWithBonuses} in the searcher).
 */
public final class AllWordsBonus extends Query {

    private final List<Query> parts;
    private final float weight;

    /**
     * @param parts  the queries a figure must all match to get the bonus
     * @param weight how many times the parts' scores the bonus is
     */
    public AllWordsBonus(List<Query> parts, float weight) {
        this.parts = List.copyOf(parts);
        this.weight = weight;
    }

    /** The queries a figure must all match to get the bonus. */
    public List<Query> parts() {
        return parts;
    }

    /** How many times the parts' scores the bonus is. */
    public float weight() {
        return weight;
    }

    /** The same bonus with each part replaced as {@code by} says; this one if none changes. */
    public AllWordsBonus withParts(UnaryOperator<Query> by) {
        List<Query> changed = new ArrayList<>(parts.size());
        boolean any = false;
        for (Query part : parts) {
            Query replaced = by.apply(part);
            any |= replaced != part;
            changed.add(replaced);
        }
        return any ? new AllWordsBonus(changed, weight) : this;
    }

    /** The parts as a conjunction, unboosted. */
    private Query conjunction() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        parts.forEach(part -> all.add(part, BooleanClause.Occur.MUST));
        return all.build();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return conjunction().createWeight(searcher, scoreMode, boost * weight);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Query> rewritten = new ArrayList<>(parts.size());
        for (Query part : parts) {
            rewritten.add(part.rewrite(searcher));
        }
        return rewritten.equals(parts) ? this : new AllWordsBonus(rewritten, weight);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor each = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
        parts.forEach(part -> part.visit(each));
    }

    @Override
    public String toString(String field) {
        return "bonus(" + conjunction().toString(field) + ")^" + weight;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && weight == ((AllWordsBonus) other).weight
                && parts.equals(((AllWordsBonus) other).parts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + parts.hashCode()) + Float.hashCode(weight);
    }
}
