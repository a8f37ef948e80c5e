package org.pfocr.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.SynonymRules;

/** What the parser makes of regular expressions and of the characters that mean syntax. */
class FigureQueryParserTest {

    @AutoClose
    private static final TestFigures FIGURES = new TestFigures(
            "stats", "JAK-STAT signalling", "STAT3 and STAT5 dimers enter the nucleus.",
            "mtor", "PI3K/AKT/mTOR signalling", "Growth factors activate PI3K, then AKT and mTOR.",
            "wnt", "Wnt signalling", "Beta-catenin enters the nucleus.");

    @Test
    void aRegularExpressionKeepsItsSyntaxAndIsOnlyCaseFolded() throws Exception {
        assertPatterns(Map.of("genes:/stat[1-4]/", "stat[1-4]", "genes:/STAT[0-9]/", "stat[0-9]",
                "caption:/[a-z]+3/", "[a-z]+3", "caption:/Stat\\D/", "stat\\D", "caption:/STAT-3/", "stat-3"));
        assertEquals(List.of("stats"), FIGURES.ranking(parse("/stat[0-9]/")));
        assertEquals(List.of("stats"), FIGURES.ranking(parse("/[a-z]+3/")));
    }

    @Test
    void aSlashInsideAWordIsAnOrdinaryCharacter() throws Exception {
        assertEquals(parse("PI3K\\/AKT"), parse("PI3K/AKT"));
        assertEquals(parse("PI3K\\/AKT\\/mTOR"), parse("PI3K/AKT/mTOR"));
        assertEquals(List.of(), regexps("PI3K/AKT/mTOR"));
        assertEquals(List.of("mtor"), FIGURES.ranking(parse("PI3K/AKT")));
        assertEquals(List.of("stats"), FIGURES.ranking(parse("JAK/STAT")));
        assertEquals(parse("Ras Raf MEK ERK"), parse("Ras/Raf/MEK/ERK"));
        assertEquals(parse("doi:\"10.1126/sciadv.adv0895\""), parse("doi:10.1126/sciadv.adv0895"));
        assertEquals(parse("caption:\"IL-6 STAT3\""), parse("caption:\"IL-6/STAT3\""));
    }

    @Test
    void aSlashAtTheStartOfATermStartsARegularExpression() throws Exception {
        assertPatterns(Map.of("/stat[0-9]/", "stat[0-9]", "genes:/stat3/", "stat3", "(/stat3/)", "stat3",
                "caption:/a\\/b/", "a\\/b"));
        assertEquals(Set.of("stat3", "jak2"), Set.copyOf(regexps("genes:/stat3/ OR genes:/jak2/")));
    }

    @Test
    void anUnterminatedRegularExpressionIsReportedWhereItStarts() {
        QueryException error = assertThrows(QueryException.class, () -> parse("STAT3 /stat"));
        assertEquals(QueryException.Kind.SYNTAX, error.kind());
        assertEquals(6, error.position());
        assertEquals("unterminated regular expression starting at position 6: a term that starts with / is a"
                + " regular expression; write \\/ for a slash", error.getMessage());
        assertEquals(8, assertThrows(QueryException.class, () -> parse("PI3K/AKT )")).position());
        assertEquals(16, assertThrows(QueryException.class, () -> parse("PI3K/AKT/mTOR \"x")).position());
    }

    @Test
    void aQueryTooLongToExpandSaysSo() throws Exception {
        SynonymRules rules = new SynonymRules();
        rules.addSolrRules("osteoclastogenesis, osteoclast formation");
        FigureQueryParser parser = new FigureQueryParser(QueryAnalyzers.create(rules.build()));
        String words = "osteoclastogenesis" + " STAT3".repeat(1_200);
        for (String query : List.of(words, "caption:(" + words + ")")) {
            QueryException error = assertThrows(QueryException.class, () -> parser.parseQuery(query));
            assertEquals(QueryException.Kind.TOO_COMPLEX, error.kind(), error.getMessage());
            assertEquals("the query has too many words in a row to expand with synonyms: shorten the query, or split"
                    + " it into several", error.getMessage());
        }
    }

    private static Query parse(String text) throws QueryException {
        return new FigureQueryParser(QueryAnalyzers.create(new SynonymRules().build())).parseQuery(text);
    }

    /** Asserts that each query (a key) has one regular expression, with the pattern its value says. */
    private static void assertPatterns(Map<String, String> patterns) throws QueryException {
        for (Map.Entry<String, String> expected : patterns.entrySet()) {
            assertEquals(List.of(expected.getValue()), regexps(expected.getKey()), expected.getKey());
        }
    }

    /** The distinct patterns of the regular-expression queries of {@code text}, in order. */
    private static List<String> regexps(String text) throws QueryException {
        Set<String> patterns = new LinkedHashSet<>();
        parse(text).visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                visitLeaf(leaf);
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                visitLeaf(leaf);
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof RegexpQuery regexp) {
                    patterns.add(regexp.getRegexp().text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return List.copyOf(patterns);
    }
}
