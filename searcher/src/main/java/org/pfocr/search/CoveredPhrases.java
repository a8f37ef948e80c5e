package org.pfocr.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.pfocr.query.Disjunctions;

/**
 * Finds the phrases of a query that a term beside them covers, and makes them
 * {@link CoveredPhraseQuery covered phrases}. A phrase is covered when it is an optional clause of
 * a boolean query with optional clauses only and no minimum to match, and another clause of that
 * query is a term (or synonyms) of the same field that is one of the phrase's words: a synonym
 * expansion gives such phrases (NF-κB: {@code caption:nfkappab} beside {@code caption:"nfkappab
 * complex"}). Such a disjunction matches a document with all the phrase's words anyway.
 */
final class CoveredPhrases {

    private CoveredPhrases() {
    }

    /** {@code query} with its covered phrases as {@link CoveredPhraseQuery}; the same query if it has none. */
    static Query of(Query query) {
        return replaced(query, CoveredPhraseQuery::new);
    }

    /**
     * {@code query} without its covered phrases, which match only documents that their disjunction
     * matches anyway: the same documents, without their scores; the same query if it has none.
     */
    static Query leftOut(Query query) {
        return replaced(query, phrase -> null);
    }

    /** {@code query} with each covered phrase replaced as {@code by} says, or left out where it says null. */
    private static Query replaced(Query query, Function<PhraseQuery, Query> by) {
        if (query instanceof BoostQuery boosted) {
            Query inner = replaced(boosted.getQuery(), by);
            return inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        Set<Term> alone = Disjunctions.isPureDisjunction(bool) ? termsAlone(bool) : Set.of();
        BooleanQuery.Builder marked = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            Query inner = alone.isEmpty() ? replaced(clause.query(), by) : covered(clause.query(), alone, by);
            changed |= inner != clause.query();
            if (inner != null) {
                marked.add(inner, clause.occur());
            }
        }
        return changed ? marked.build() : query;
    }

    /**
     * {@code clause}, a clause of a pure disjunction whose terms alone are {@code alone}: replaced
     * as {@code by} says if it is a covered phrase.
     */
    private static Query covered(Query clause, Set<Term> alone, Function<PhraseQuery, Query> by) {
        if (clause instanceof BoostQuery boosted) {
            Query inner = covered(boosted.getQuery(), alone, by);
            if (inner == null || inner == boosted.getQuery()) {
                return inner == null ? null : clause;
            }
            return new BoostQuery(inner, boosted.getBoost());
        }
        if (clause instanceof PhraseQuery phrase) {
            for (Term word : phrase.getTerms()) {
                if (alone.contains(word)) {
                    return by.apply(phrase);
                }
            }
            return clause;
        }
        return replaced(clause, by);
    }

    /** The terms that clauses of {@code disjunction} match on their own: its term and synonym clauses. */
    private static Set<Term> termsAlone(BooleanQuery disjunction) {
        Set<Term> terms = new HashSet<>();
        for (BooleanClause clause : disjunction.clauses()) {
            Query query = clause.query();
            while (query instanceof BoostQuery boosted) {
                query = boosted.getQuery();
            }
            if (query instanceof TermQuery term) {
                terms.add(term.getTerm());
            } else if (query instanceof SynonymQuery synonyms) {
                terms.addAll(synonyms.getTerms());
            }
        }
        return terms;
    }
}
