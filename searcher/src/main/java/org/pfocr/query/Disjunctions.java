package org.pfocr.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Flattens nested alternatives: a boolean query of optional clauses only, inside another, gives
 * its clauses to the outer one, each with the boosts it was under. A parsed bare word is such a
 * nest (fields, then synonyms, then an all-words bonus beside them); Lucene's top-k scorer
 * (MaxScore) skips documents clause by clause, by each clause's highest possible score, so it can
 * skip a term of a flat disjunction on its own but a nested one only as a whole. The flat query
 * matches the same documents with the same scores, summed in another order (so they may differ
 * in the last bit of a float); at 100,000 figures it ranks {@code MAPK} (80 terms and phrases) in
 * half the time.
 */
public final class Disjunctions {

    private Disjunctions() {
    }

    /** {@code query} with every pure disjunction nested in another pure disjunction inlined into it. */
    public static Query flatten(Query query) {
        if (query instanceof BoostQuery boosted) {
            Query inner = flatten(boosted.getQuery());
            return inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
        }
        if (query instanceof AllWordsBonus bonus) {
            return bonus.withParts(Disjunctions::flatten);
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder flat = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        if (isPureDisjunction(bool)) {
            List<Query> alternatives = new ArrayList<>();
            inline(bool, 1f, alternatives);
            alternatives.forEach(alternative -> flat.add(alternative, BooleanClause.Occur.SHOULD));
        } else {
            bool.clauses().forEach(clause -> flat.add(flatten(clause.query()), clause.occur()));
        }
        return flat.build();
    }

    /** Adds the alternatives of {@code query}, under {@code boost}, to {@code alternatives}. */
    private static void inline(Query query, float boost, List<Query> alternatives) {
        if (query instanceof BoostQuery boosted) {
            inline(boosted.getQuery(), boost * boosted.getBoost(), alternatives);
        } else if (query instanceof BooleanQuery bool && isPureDisjunction(bool)) {
            bool.clauses().forEach(clause -> inline(clause.query(), boost, alternatives));
        } else {
            Query flat = flatten(query);
            alternatives.add(boost == 1f ? flat : new BoostQuery(flat, boost));
        }
    }

    /** Whether {@code query} only has optional clauses, without a minimum to match. */
    public static boolean isPureDisjunction(BooleanQuery query) {
        return query.getMinimumNumberShouldMatch() == 0
                && query.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD);
    }
}
