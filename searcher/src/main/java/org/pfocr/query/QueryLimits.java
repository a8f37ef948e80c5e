package org.pfocr.query;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.RegExp;

/**
 * The limits that keep a hostile or mistyped query cheap: its length, how deeply its brackets
 * nest, the length of wildcard, fuzzy and regular-expression terms, the size of a regular
 * expression's automaton, its number of clauses, and its boosts. Each work that Lucene cannot interrupt
 * (parsing, building automata) is bounded by one of them, so that the search time limit holds.
 */
public final class QueryLimits {

    /** Longer queries are refused: at five fields per word, they exceed the clause limit anyway. */
    public static final int MAX_LENGTH = 10_000;
    /** Deeper bracket nesting is refused before the recursive parsers could overflow the stack. */
    public static final int MAX_NESTING = 100;
    /** Longer wildcard, fuzzy and regular-expression terms are refused: no indexed word is longer. */
    public static final int MAX_PATTERN_LENGTH = 255;
    /** Larger regular expressions (states before determinization) are refused; repeats multiply. */
    public static final long MAX_REGEXP_STATES = 10_000;
    /** Larger boosts (multiplied through nested groups) are refused: scores would overflow. */
    public static final double MAX_BOOST = 10_000;

    private static final String SHORTER = "shorten the query, or split it into several";

    private QueryLimits() {
    }

    /** Checks the length and bracket nesting of {@code query} before it is parsed. */
    static void checkText(String query) throws QueryException {
        if (query.length() > MAX_LENGTH) {
            throw new QueryException(QueryException.Kind.TOO_COMPLEX, query, MAX_LENGTH,
                    "the query is longer than " + MAX_LENGTH + " characters", SHORTER);
        }
        int depth = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' && ++depth > MAX_NESTING) {
                throw new QueryException(QueryException.Kind.TOO_COMPLEX, query, i,
                        "brackets nest more than " + MAX_NESTING + " levels deep", "remove the extra brackets");
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
    }

    /**
     * Checks a wildcard, prefix or fuzzy term, as typed.
     *
     * @return the problem, or {@code null} when the term is within the limits
     */
    static String checkPattern(String pattern) {
        return pattern.length() > MAX_PATTERN_LENGTH
                ? "a wildcard, fuzzy or regular-expression term is longer than " + MAX_PATTERN_LENGTH + " characters"
                : null;
    }

    /**
     * Checks a regular expression as the query parser will build it.
     *
     * @return the problem, or {@code null} when the expression is within the limits
     * @throws IllegalArgumentException when it is not a valid regular expression (the message
     *     gives the position in the expression)
     */
    static String checkRegexp(String pattern) {
        String tooLong = checkPattern(pattern);
        if (tooLong != null) {
            return tooLong;
        }
        if (states(new RegExp(pattern, RegExp.ALL, 0)) > MAX_REGEXP_STATES) {
            return "the regular expression is too large (its repeats multiply to more than "
                    + MAX_REGEXP_STATES + " states)";
        }
        return null;
    }

    /** Checks the number of clauses of a parsed query against Lucene's limit, before any is rewritten. */
    static void checkClauses(String text, Query query) throws QueryException {
        ClauseCounter counter = new ClauseCounter();
        query.visit(counter);
        if (counter.clauses > IndexSearcher.getMaxClauseCount()) {
            throw tooManyClauses(text);
        }
    }

    /** Checks that no boost, multiplied by the boosts around it, exceeds {@link #MAX_BOOST}. */
    static void checkBoosts(String text, Query query) throws QueryException {
        if (largestBoost(query) > MAX_BOOST) {
            throw new QueryException(QueryException.Kind.INVALID_VALUE, text, text.indexOf('^'),
                    "a boost (^) larger than " + (long) MAX_BOOST, "use boosts such as ^2 or ^10");
        }
    }

    /** The error for a query with more clauses than Lucene allows. */
    public static QueryException tooManyClauses(String text) {
        return new QueryException(QueryException.Kind.TOO_COMPLEX, text, -1,
                "the query expands to more than " + IndexSearcher.getMaxClauseCount()
                        + " clauses (each bare word searches five fields)",
                "use fewer words, name a field (genes:STAT3), or use longer prefixes before * and ?");
    }

    /**
     * The error for a run of words that Lucene cannot expand with synonyms of several words (it
     * gives up past a thousand positions of a token graph).
     */
    static QueryException tooManyWords(String text) {
        return new QueryException(QueryException.Kind.TOO_COMPLEX, text, -1,
                "the query has too many words in a row to expand with synonyms", SHORTER);
    }

    /** An upper bound of the states of the automaton of {@code regexp}, saturating at {@code Long.MAX_VALUE}. */
    private static long states(RegExp regexp) {
        return switch (regexp.kind) {
            case REGEXP_UNION, REGEXP_CONCATENATION, REGEXP_INTERSECTION ->
                    saturatedAdd(states(regexp.exp1), states(regexp.exp2));
            case REGEXP_OPTIONAL, REGEXP_REPEAT -> saturatedAdd(states(regexp.exp1), 1);
            case REGEXP_REPEAT_MIN -> saturatedMultiply(states(regexp.exp1), regexp.min + 1L);
            case REGEXP_REPEAT_MINMAX -> saturatedMultiply(states(regexp.exp1), Math.max(1L, regexp.max));
            case REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> saturatedMultiply(states(regexp.exp1), 2);
            case REGEXP_STRING -> regexp.s.length() + 1L;
            case REGEXP_INTERVAL -> 10L * Math.max(1, regexp.digits) + 1;
            default -> 2;
        };
    }

    private static double largestBoost(Query query) {
        return switch (query) {
            case BoostQuery boost -> boost.getBoost() * largestBoost(boost.getQuery());
            case ConstantScoreQuery constant -> largestBoost(constant.getQuery());
            case BooleanQuery bool -> bool.clauses().stream().mapToDouble(c -> largestBoost(c.query())).max().orElse(1);
            case DisjunctionMaxQuery max -> max.getDisjuncts().stream().mapToDouble(QueryLimits::largestBoost).max()
                    .orElse(1);
            default -> 1;
        };
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Counts leaf clauses the way Lucene's limit does: one per term query, pattern or other leaf. */
    private static final class ClauseCounter extends QueryVisitor {
        private long clauses;

        @Override
        public void consumeTerms(Query query, Term... terms) {
            clauses++;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            clauses++;
        }

        @Override
        public void visitLeaf(Query query) {
            clauses++;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }
}
