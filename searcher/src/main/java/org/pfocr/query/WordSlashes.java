package org.pfocr.query;

import java.util.Arrays;

/**
 * Reads a {@code /} that directly follows a letter or digit as an ordinary character, as if
 * written {@code \/}: pathway names ({@code PI3K/AKT}, {@code Ras/Raf/MEK/ERK}) and DOIs
 * ({@code doi:10.1126/sciadv.adv0895}) are words, where Lucene's syntax would start a regular
 * expression at the slash. A {@code /} at the start of a term still starts one
 * ({@code /stat[0-9]/}, {@code genes:/stat3/}, {@code (/stat3/)}); quotes, ranges and regular
 * expressions are left as they are.
 */
final class WordSlashes {

    /**
     * A query with its in-word slashes escaped.
     *
     * @param text  the query to parse
     * @param added the positions in {@code text} of the backslashes added, in order
     */
    record Escaped(String text, int[] added) {

        /** The position in the query as typed of {@code position} in {@link #text}. */
        int typedPosition(int position) {
            int before = Arrays.binarySearch(added, position);
            return position - (before >= 0 ? before : -before - 1);
        }
    }

    private WordSlashes() {
    }

    /**
     * {@code query} with a backslash before each slash that follows a letter or digit, outside
     * quotes, ranges and regular expressions.
     *
     * @throws QueryException when a regular expression is not closed
     */
    static Escaped escape(String query) throws QueryException {
        StringBuilder text = new StringBuilder(query.length() + 8);
        int[] added = new int[0];
        char closing = 0;
        int regexpStart = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                text.append(c).append(query.charAt(++i));
                continue;
            }
            if (closing != 0) {
                closing = c == closing || closing == ']' && c == '}' ? 0 : closing;
            } else if (c == '"') {
                closing = '"';
            } else if (c == '[' || c == '{') {
                closing = ']';
            } else if (c == '/' && i > 0 && Character.isLetterOrDigit(query.codePointBefore(i))) {
                added = Arrays.copyOf(added, added.length + 1);
                added[added.length - 1] = text.length();
                text.append('\\');
            } else if (c == '/') {
                closing = '/';
                regexpStart = i;
            }
            text.append(c);
        }
        if (closing == '/') {
            throw new QueryException(QueryException.Kind.SYNTAX, query, regexpStart,
                    "unterminated regular expression starting",
                    "a term that starts with / is a regular expression; write \\/ for a slash");
        }
        return new Escaped(text.toString(), added);
    }
}
