package org.pfocr.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.SynonymRules;

/** Figures that have more of the query's words rank higher; hyphenated words find their parts written apart. */
class FigureQueryParserRankingTest {

    @AutoClose
    private static final TestFigures FIGURES = new TestFigures(
            "tcells", "T-cell differentiation",
            "Differentiation of T cells: differentiation signals and differentiation programs.",
            "osteoclasts", "Bone remodelling", "RANKL drives osteoclast differentiation in bone.",
            "bone", "Bone remodelling", "Osteoclast and osteoblast in bone.",
            "cytokines", "Cytokine signalling", "Receptors activate the IL-6/JAK/STAT pathway.");

    /** One text in British and in American spelling, and its words written apart. */
    @AutoClose
    private static final TestFigures SPELLINGS = new TestFigures(
            "british", "IL-6 trans-signalling in the liver", "Receptor-mediated signalling of IL-6.",
            "american", "IL-6 trans-signaling in the liver", "Receptor-mediated signaling of IL-6.",
            "apart", "IL-6 and trans signalling", "Receptor and mediated signalling.");

    @Test
    void aFigureWithEveryWordOutranksOneWithOneWordOften() throws Exception {
        assertEquals(List.of("osteoclasts", "tcells", "bone"), ranking("osteoclast differentiation"));
    }

    @Test
    void matchingEveryClauseOfAnOrRanksFirst() throws Exception {
        assertEquals("osteoclasts", ranking("title:bone differentiation").get(0));
    }

    @Test
    void theBonusNeedsSeveralOptionalWordsOrClauses() throws Exception {
        assertFalse(hasAllWordsBonus(parse("osteoclast")));
        assertTrue(hasAllWordsBonus(parse("osteoclast differentiation")));
        assertTrue(hasAllWordsBonus(parse("title:bone differentiation")));
        assertFalse(hasAllWordsBonus(parse("title:bone AND osteoclast")));
        assertFalse(hasAllWordsBonus(parse("\"osteoclast differentiation\"")));
    }

    @Test
    void aHyphenatedWordFindsItsPartsWrittenApart() throws Exception {
        assertEquals(List.of("cytokines"), ranking("JAK-STAT"));
        assertEquals(List.of(), ranking("STAT-JAK"));
    }

    @Test
    void aPhraseFindsAHyphenatedWordInEitherSpelling() throws Exception {
        for (String query : List.of("\"IL-6 trans-signalling\"", "\"IL-6 trans-signaling\"",
                "\"IL-6 trans-signaling in the liver\"", "title:\"IL-6 trans-signaling\"",
                "\"receptor-mediated signaling\"", "\"receptor-mediated signalling\"",
                "caption:\"receptor-mediated signaling of IL-6\"", "\"IL6 trans-signaling\"",
                "\"IL-6 liver\"~5", "\"trans-signaling liver\"~3", "\"trans-signaling liver\"~2")) {
            assertEquals(Set.of("british", "american"), bothSpellingsAlike(query).keySet(), query);
        }
        assertEquals(List.of(), SPELLINGS.ranking(parse("\"trans-signaling liver\"~1")));
        assertEquals(List.of(), SPELLINGS.ranking(parse("\"liver IL-6 trans-signaling\"")));
    }

    @Test
    void bareHyphenatedWordsRankEitherSpellingAlike() throws Exception {
        for (String query : List.of("trans-signalling", "trans-signaling", "IL-6 trans-signaling liver",
                "caption:(receptor-mediated signaling)", "title:(IL-6 trans-signalling)")) {
            bothSpellingsAlike(query);
        }
    }

    @Test
    void aHyphenatedWordStillFindsItWrittenAsOneWord() throws Exception {
        try (TestFigures figures = new TestFigures(
                "joined", "Cofactor recruitment", "A noncoding RNA recruits the cofactor.",
                "hyphenated", "Co-factor recruitment", "A non-coding RNA recruits the co-factor.")) {
            for (String query : List.of("co-factor", "\"co-factor recruitment\"", "caption:\"non-coding RNA\"",
                    "cofactor", "\"noncoding RNA\"")) {
                assertEquals(Set.of("joined", "hyphenated"), Set.copyOf(figures.ranking(parse(query))), query);
            }
        }
    }

    /** The scores of {@code query} on {@link #SPELLINGS}, asserting that it finds both spellings with one score. */
    private static Map<String, Float> bothSpellingsAlike(String query) throws Exception {
        Map<String, Float> scores = SPELLINGS.scores(parse(query));
        assertTrue(scores.containsKey("british") && scores.containsKey("american"), query + ": " + scores);
        assertEquals(scores.get("british"), scores.get("american"), query);
        return scores;
    }

    private static Query parse(String text) throws QueryException {
        return new FigureQueryParser(QueryAnalyzers.create(new SynonymRules().build())).parseQuery(text);
    }

    private static List<String> ranking(String text) throws Exception {
        return FIGURES.ranking(parse(text));
    }

    private static boolean hasAllWordsBonus(Query query) {
        List<Query> bonuses = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (parent instanceof AllWordsBonus bonus && bonus.weight() == FigureQueryParser.ALL_WORDS_WEIGHT) {
                    bonuses.add(parent);
                }
                return this;
            }
        });
        return !bonuses.isEmpty();
    }
}
