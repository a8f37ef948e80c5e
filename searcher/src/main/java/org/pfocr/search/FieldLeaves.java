package org.pfocr.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The term, synonym and phrase clauses of a (rewritten) query by field, each once, when they alone
 * tell which fields the query matches in one of its hits, as Lucene's Matches API reports them: a
 * field matches where one of its clauses does. That holds when every boolean query that may not
 * match a hit is a plain disjunction: the query itself matches its hits, so do its required
 * clauses, and so on down; an optional clause or a disjunct may or may not, and its own clauses are
 * then asked one by one, which only a disjunction allows. Prohibited clauses never report a field,
 * nor do ranges of numbers or the query of every figure. Any other shape or kind of query gives
 * {@code null}: its matched fields are asked of the Matches API.
 */
final class FieldLeaves {

    private FieldLeaves() {
    }

    /** The clauses of {@code query} by field, in the order they come, or {@code null} as above. */
    static Map<String, List<Query>> of(Query query) {
        Map<String, List<Query>> byField = new LinkedHashMap<>();
        return collect(query, true, byField) ? byField : null;
    }

    /** Adds the clauses of {@code query}, which matches the hit if {@code matches}; whether it could. */
    private static boolean collect(Query query, boolean matches, Map<String, List<Query>> byField) {
        return switch (query) {
            case BoostQuery boost -> collect(boost.getQuery(), matches, byField);
            case ConstantScoreQuery constant -> collect(constant.getQuery(), matches, byField);
            case DisjunctionMaxQuery disjunction -> disjunction.getDisjuncts().stream()
                    .allMatch(disjunct -> collect(disjunct, false, byField));
            case BooleanQuery bool -> bool.getMinimumNumberShouldMatch() == 0 && clauses(bool, matches, byField);
            case TermQuery term -> add(term.getTerm().field(), term, byField);
            case SynonymQuery synonyms -> add(synonyms.getField(), synonyms, byField);
            case PhraseQuery phrase -> add(phrase.getField(), phrase, byField);
            case MultiPhraseQuery phrase -> phrase.getTermArrays().length > 0 && phrase.getTermArrays()[0].length > 0
                    && add(phrase.getTermArrays()[0][0].field(), phrase, byField);
            case PointRangeQuery range -> true;
            case MatchAllDocsQuery all -> true;
            default -> false;
        };
    }

    private static boolean clauses(BooleanQuery bool, boolean matches, Map<String, List<Query>> byField) {
        for (BooleanClause clause : bool.clauses()) {
            boolean collected = switch (clause.occur()) {
                case SHOULD -> collect(clause.query(), false, byField);
                case MUST, FILTER -> matches && collect(clause.query(), true, byField);
                case MUST_NOT -> matches;
            };
            if (!collected) {
                return false;
            }
        }
        return true;
    }

    private static boolean add(String field, Query clause, Map<String, List<Query>> byField) {
        List<Query> clauses = byField.computeIfAbsent(field, key -> new ArrayList<>());
        if (!clauses.contains(clause)) {
            clauses.add(clause);
        }
        return true;
    }
}
