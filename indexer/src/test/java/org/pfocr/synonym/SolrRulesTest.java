package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolrRulesTest {
    @Test
    void escapesSeparatorsBackslashAndComment() {
        assertEquals("a\\,b", SolrRules.escape("a,b"));
        assertEquals("x\\=>y", SolrRules.escape("x=>y"));
        assertEquals("c\\\\d", SolrRules.escape("c\\d"));
        assertEquals("\\#1", SolrRules.escape("#1"));
        assertEquals("RANKL", SolrRules.escape("RANKL"));
    }

    @Test
    void aliasRulesReadBackAsTwoTermsWhateverTheCharacters() throws IOException, ParseException {
        GeneAliasTable table = GeneAliasTable.of(List.of(new GeneAlias("RANKL", "TNFSF11", "8600"),
                new GeneAlias("p185(erbB2),x", "ERBB2", "2064"), new GeneAlias("a=>b", "GENEA", "1"),
                new GeneAlias("#hash\\slash", "GENEB", "2")));
        List<String> rules = table.toSolrRules();
        assertEquals("RANKL, TNFSF11", rules.getLast());
        SynonymProbe probe = SynonymProbe.parse(rules);
        assertEquals(List.of("rankl", "tnfsf11"), probe.expand("RANKL"));
        assertEquals(List.of("erbb2", "p185(erbb2),x"), probe.expand("p185(erbB2),x"));
        assertEquals(List.of("a=>b", "genea"), probe.expand("a=>b"));
        assertEquals(List.of("#hash\\slash", "geneb"), probe.expand("#hash\\slash"));
        assertEquals(List.of("rankl", "tnfsf11"), probe.expand("TNFSF11"), "aliases are two-way");
    }

    @Test
    void familyRulesAreOneWay() throws IOException, ParseException {
        FamplexFamilies families = FamplexFamilies.of(List.of(
                new FamplexFamily("ERK", List.of("MAPK1", "MAPK3"), List.of("ERK", "ERK1/2")),
                new FamplexFamily("SRC", List.of("FYN", "SRC"), List.of()),
                new FamplexFamily("SFK", List.of("FYN", "SRC"), List.of("Src family")),
                new FamplexFamily("X,Y", List.of("GENE1"), List.of("X,Y"))));
        List<String> rules = families.toSolrRules();
        assertEquals(List.of("ERK, ERK1/2 => ERK, ERK1/2, MAPK1, MAPK3",
                "Src family => Src family, SFK, FYN, SRC", "X\\,Y => X\\,Y, GENE1"), rules,
                "a family without triggers has no rule");
        SynonymProbe probe = SynonymProbe.parse(rules);
        assertEquals(List.of("erk", "erk1/2", "mapk1", "mapk3"), probe.expand("ERK"));
        assertEquals(List.of("erk", "erk1/2", "mapk1", "mapk3"), probe.expand("ERK1/2"));
        assertEquals(List.of("mapk1"), probe.expand("MAPK1"), "members do not expand to the family");
        assertEquals(List.of("family", "fyn", "sfk", "src", "src"), probe.expand("Src family"),
                "a multi-word trigger: its own tokens, then SFK, FYN and SRC");
    }

    @Test
    void organismRulesJoinScientificAndCommonNames() {
        OrganismTable table = OrganismTable.of(List.of(
                new Organism("9606", "Homo sapiens", List.of("human", "humans")),
                new Organism("1", "Unknownia nova", List.of())));
        assertEquals(List.of("Homo sapiens, human, humans"), table.toSolrRules());
    }
}
