package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class BundledSynonymsTest {
    private static final GeneAliasTable ALIASES = BundledSynonyms.humanGeneAliases();
    private static final FamplexFamilies FAMILIES = BundledSynonyms.famplexFamilies();

    private static Optional<String> symbolOf(String alias) {
        return ALIASES.find(alias).map(GeneAlias::symbol);
    }

    @Test
    void aliasTableHasWellKnownAliases() {
        assertTrue(ALIASES.size() > 50_000, "size " + ALIASES.size());
        assertTrue(ALIASES.entries().contains(new GeneAlias("RANKL", "TNFSF11", "8600")));
        assertEquals(Optional.of("TNFSF11"), symbolOf("TRANCE"));
        assertEquals(Optional.of("ERBB2"), symbolOf("HER2"));
        assertEquals(Optional.of("PARK7"), symbolOf("DJ-1"));
        assertEquals(Optional.of("TNFSF10"), symbolOf("TRAIL"));
    }

    @Test
    void aliasTableLeavesOutCollisions() {
        assertEquals(Optional.empty(), symbolOf("HGF"), "HGF is a gene of its own, not IL6");
        assertTrue(ALIASES.entries().stream().noneMatch(e -> e.alias().equals("HGF")));
        assertEquals(Optional.empty(), symbolOf("gp130"), "also an alias of LRPPRC");
        assertEquals(Optional.empty(), symbolOf("p38"), "several genes");
        assertEquals(Optional.empty(), symbolOf("AKT"), "a FamPlex family");
        assertEquals(Optional.empty(), symbolOf("via"), "an English word");
    }

    @Test
    void familyTableResolvesNesting() {
        assertEquals(List.of("MAPK1", "MAPK3"), FAMILIES.members("ERK"));
        assertTrue(FAMILIES.members("MAPK").containsAll(List.of("MAPK1", "MAPK8", "MAPK14")));
        assertEquals(List.of("JAK1", "JAK2", "JAK3", "TYK2"), FAMILIES.members("JAK"));
        assertTrue(FAMILIES.family("ERK").orElseThrow().triggers().contains("ERK1/2"));
        assertEquals(FAMILIES.families().size(), FAMILIES.asMap().size());
    }

    @Test
    void tablesAreLoadedOnce() {
        assertSame(ALIASES, BundledSynonyms.humanGeneAliases());
        assertSame(FAMILIES, BundledSynonyms.famplexFamilies());
        assertSame(OrganismTable.bundled(), OrganismTable.bundled());
    }

    @Test
    void everyBundledRuleParsesWithLuceneStandardAnalyzer() throws IOException, ParseException {
        try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
            SynonymProbe.parse(ALIASES.toSolrRules(), analyzer);
            SynonymProbe.parse(FAMILIES.toSolrRules(), analyzer);
            SynonymProbe.parse(OrganismTable.bundled().toSolrRules(), analyzer);
        }
    }

    @Test
    void bundledRulesExpandQueries() throws IOException, ParseException {
        assertTrue(SynonymProbe.parse(ALIASES.toSolrRules()).expand("RANKL").contains("tnfsf11"));
        assertTrue(SynonymProbe.parse(FAMILIES.toSolrRules()).expand("ERK").containsAll(List.of("mapk1", "mapk3")));
    }
}
