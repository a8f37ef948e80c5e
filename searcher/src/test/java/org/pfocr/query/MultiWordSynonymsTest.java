package org.pfocr.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.SynonymRules;

/** A rule with several words on a side only adds to what the words typed find, never takes away. */
class MultiWordSynonymsTest {

    private static final String EQUIVALENT = "osteoclastogenesis, osteoclast formation, osteoclast differentiation";
    private static final String ONE_WAY = "osteoclast differentiation => osteoclast differentiation, osteoclastogenesis";
    private static final String ALIAS = "osteoclast, OCL";

    @AutoClose
    private static final TestFigures FIGURES = new TestFigures(
            "phrase", "", "Osteoclast differentiation needs RANKL.",
            "apart", "", "Osteoclast precursors fuse; their differentiation needs RANKL.",
            "genesis", "", "RANKL drives osteoclastogenesis.",
            "formation", "", "Osteoclast formation in bone.",
            "tcells", "", "Differentiation of T cells.",
            "alias", "", "OCL precursors fuse.",
            "other", "", "Apoptosis in flies.");

    @Test
    void aRuleAddsItsAlternativesToTheWordsTyped() throws Exception {
        Set<String> without = matches("", "osteoclast differentiation");
        assertEquals(Set.of("phrase", "apart", "formation", "tcells"), without);
        Set<String> expected = new HashSet<>(without);
        expected.add("genesis");
        assertEquals(expected, matches(EQUIVALENT, "osteoclast differentiation"));
        assertEquals(expected, matches(ONE_WAY, "osteoclast differentiation"));
        assertEquals(expected, matches(EQUIVALENT, "caption:(osteoclast differentiation)"));
        assertEquals(Set.of("phrase", "apart", "genesis", "formation"), matches(EQUIVALENT, "osteoclast formation"));
    }

    @Test
    void theWordsTypedKeepTheirOwnSynonyms() throws Exception {
        Set<String> without = matches(ALIAS, "osteoclast differentiation");
        assertTrue(without.contains("alias"), without::toString);
        Set<String> expected = new HashSet<>(without);
        expected.add("genesis");
        assertEquals(expected, matches(ALIAS + "\n" + EQUIVALENT, "osteoclast differentiation"));
    }

    @Test
    void figuresWithTheSynonymRankWithThoseThatHaveEveryWord() throws Exception {
        List<String> ranking = ranking(EQUIVALENT, "osteoclast differentiation");
        assertEquals(Set.of("phrase", "apart", "genesis", "formation"), Set.copyOf(ranking.subList(0, 4)),
                ranking::toString);
        assertEquals(Set.of("tcells"), Set.copyOf(ranking.subList(4, ranking.size())), ranking::toString);
    }

    private static Set<String> matches(String rules, String query) throws Exception {
        return Set.copyOf(ranking(rules, query));
    }

    private static List<String> ranking(String rules, String query) throws Exception {
        SynonymRules synonyms = new SynonymRules();
        synonyms.addSolrRules(rules);
        return FIGURES.ranking(new FigureQueryParser(QueryAnalyzers.create(synonyms.build())).parseQuery(query));
    }
}
