package org.pfocr.synonym;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes rule lines in the Solr synonym format that Lucene's {@code SolrSynonymParser} reads:
 * {@code a, b} (equivalent terms) and {@code a, b => c, d} (one-way). Terms are escaped with a backslash
 * before {@code \}, {@code ,}, {@code =} and {@code #}, so no term can split a line or start a comment.
 */
final class SolrRules {
    private SolrRules() {
    }

    /** The two terms as equivalents: {@code a, b}. */
    static String equivalent(List<String> terms) {
        return join(terms);
    }

    /** A one-way rule: each of {@code from} is replaced by all of {@code to}. */
    static String oneWay(List<String> from, List<String> to) {
        return join(from) + " => " + join(to);
    }

    /** {@code term} with the characters that the parser treats specially escaped. */
    static String escape(String term) {
        StringBuilder out = new StringBuilder(term.length() + 4);
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\' || c == ',' || c == '=' || c == '#') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String join(List<String> terms) {
        return terms.stream().map(SolrRules::escape).collect(Collectors.joining(", "));
    }
}
