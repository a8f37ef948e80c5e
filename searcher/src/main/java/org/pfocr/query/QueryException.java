package org.pfocr.query;

/**
 * A query that cannot be run as typed: a syntax error, an unknown field, a bad value or a query
 * too large to run. Carries the position (0-based character offset into the query, or -1) and
 * a hint saying what to change.
 */
public final class QueryException extends Exception {

    /** What is wrong with the query. */
    public enum Kind {
        /** Unbalanced brackets or quotes, a dangling operator, a stray special character. */
        SYNTAX,
        /** A {@code field:} prefix that names no field. */
        UNKNOWN_FIELD,
        /** A value the field cannot hold, such as {@code year:recent}. */
        INVALID_VALUE,
        /** A query beyond the {@link QueryLimits}: too long, too deeply nested, too many clauses, too large a pattern. */
        TOO_COMPLEX,
        /**
         * Parsing ran out of the time limit given to the parser; {@link org.pfocr.search.FigureSearcher}
         * reports it as partial results, not as an error.
         */
        TIMEOUT
    }

    private final Kind kind;
    private final String query;
    private final int position;
    private final String problem;
    private final String hint;

    /** A query error; {@code position} is a 0-based character offset into {@code query}, or -1. */
    public QueryException(Kind kind, String query, int position, String problem, String hint) {
        super(problem + (position >= 0 ? " at position " + position : "") + (hint.isEmpty() ? "" : ": " + hint));
        this.kind = kind;
        this.query = query;
        this.position = position;
        this.problem = problem;
        this.hint = hint;
    }

    /** What kind of error this is. */
    public Kind kind() {
        return kind;
    }

    /** The query as typed. */
    public String query() {
        return query;
    }

    /** The 0-based character offset of the error in the query, or -1 when it has none. */
    public int position() {
        return position;
    }

    /** What is wrong, without position or hint. */
    public String problem() {
        return problem;
    }

    /** What to change. */
    public String hint() {
        return hint;
    }
}
