package org.pfocr.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
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
        assertEquals(List.of("stat[1-4]"), regexps("genes:/stat[1-4]/"));
        assertEquals(List.of("stat[0-9]"), regexps("genes:/STAT[0-9]/"));
        assertEquals(List.of("[a-z]+3"), regexps("caption:/[a-z]+3/"));
        assertEquals(Set.of("stat\\D", "stat-3"), Set.copyOf(regexps("caption:/Stat\\D/ caption:/STAT-3/")));
        assertEquals(List.of("stats"), FIGURES.ranking(parse("/stat[0-9]/")));
        assertEquals(List.of("stats"), FIGURES.ranking(parse("/[a-z]+3/")));
    }

    private static Query parse(String text) throws QueryException {
        return new FigureQueryParser(QueryAnalyzers.create(new SynonymRules().build())).parseQuery(text);
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
