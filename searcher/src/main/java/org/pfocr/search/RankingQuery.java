package org.pfocr.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.pfocr.query.AllWordsBonus;

/**
 * The form of a parsed query that ranks its hits fastest, with the same scores: its covered
 * phrases checked only when scored ({@link CoveredPhrases}), and each boolean query with all-words
 * bonuses among its optional clauses (and no minimum of them to match) ranked as a
 * {@link DisjunctionWithBonuses}. Only for ranking: counts,
 * snippets, matched fields and explanations take the query as parsed.
 */
final class RankingQuery {

    private RankingQuery() {
    }

    /** {@code query}, parsed, flattened and rewritten, in the form that ranks it. */
    static Query of(Query query) {
        return withBonusesApart(CoveredPhrases.of(query));
    }

    private static Query withBonusesApart(Query query) {
        if (query instanceof BoostQuery boosted) {
            Query inner = withBonusesApart(boosted.getQuery());
            return inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        // A bonus is set apart only beside the optional clauses it rewards, which add up to the score.
        boolean takesBonuses = bool.getMinimumNumberShouldMatch() == 0 && bool.clauses().stream()
                .anyMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD && !isBonus(clause.query()));
        List<Query> bonuses = new ArrayList<>();
        BooleanQuery.Builder rest = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            if (takesBonuses && clause.occur() == BooleanClause.Occur.SHOULD && isBonus(clause.query())) {
                bonuses.add(partsRanked(clause.query()));
                continue;
            }
            Query inner = withBonusesApart(clause.query());
            changed |= inner != clause.query();
            rest.add(inner, clause.occur());
        }
        if (!bonuses.isEmpty()) {
            return new DisjunctionWithBonuses(rest.build(), bonuses);
        }
        return changed ? rest.build() : query;
    }

    private static boolean isBonus(Query query) {
        while (query instanceof BoostQuery boosted) {
            query = boosted.getQuery();
        }
        return query instanceof AllWordsBonus;
    }

    /** {@code bonus}, maybe boosted, with its parts in the form that ranks them. */
    private static Query partsRanked(Query bonus) {
        if (bonus instanceof BoostQuery boosted) {
            return new BoostQuery(partsRanked(boosted.getQuery()), boosted.getBoost());
        }
        return ((AllWordsBonus) bonus).withParts(RankingQuery::of);
    }
}
