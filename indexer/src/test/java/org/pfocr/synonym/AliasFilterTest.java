package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pfocr.synonym.GeneInfoFixture.gene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasFilterTest {
    private static final String CODING = "protein-coding";
    private static final AliasFilter FILTER =
            new AliasFilter(EnglishWords.of(List.of("via", "light", "hgf")), List.of("AKT", "ERK1/2"));

    @TempDir
    Path dir;

    private static Optional<DropRule> ruleFor(String alias, GeneInfoRow... genes) {
        AliasFilter.Result result = FILTER.apply(List.of(genes));
        return result.dropped().stream().filter(d -> d.alias().equals(alias)).map(AliasFilter.Dropped::rule)
                .findFirst();
    }

    @Test
    void keepsUniqueSpecificAlias() {
        AliasFilter.Result result = FILTER.apply(List.of(gene("8600", "TNFSF11", CODING, "RANKL", "TRANCE")));
        assertEquals(List.of(new GeneAlias("RANKL", "TNFSF11", "8600"), new GeneAlias("TRANCE", "TNFSF11", "8600")),
                result.kept().entries());
        assertEquals(List.of(), result.dropped());
    }

    @Test
    void dropsAliasEqualToOwnSymbol() {
        assertEquals(Optional.of(DropRule.REDUNDANT), ruleFor("I.L 6", gene("3569", "IL6", CODING, "I.L 6")));
        assertEquals(Optional.of(DropRule.REDUNDANT), ruleFor("il-6", gene("3569", "IL6", CODING, "il-6")));
    }

    @Test
    void dropsAliasesOfLociAndRegions() {
        for (String type : List.of("unknown", "other", "biological-region")) {
            assertEquals(Optional.of(DropRule.NOT_A_GENE_PRODUCT),
                    ruleFor("LOCUSNAME", gene("9", "LOC9", type, "LOCUSNAME")), type);
        }
        assertEquals(Optional.empty(), ruleFor("PSEUDONAME", gene("9", "LOC9", "pseudo", "PSEUDONAME")));
    }

    @Test
    void dropsAliasShorterThanThreeCharacters() {
        assertEquals(Optional.of(DropRule.TOO_SHORT), ruleFor("A-1", gene("1", "GENE1", CODING, "A-1")));
        assertEquals(Optional.empty(), ruleFor("p53", gene("7157", "TP53", CODING, "p53")));
    }

    @Test
    void dropsAliasWithoutLetter() {
        assertEquals(Optional.of(DropRule.NO_LETTER), ruleFor("6-16", gene("2537", "IFI6", CODING, "6-16")));
    }

    @Test
    void dropsAliasThatIsAnotherGenesSymbol() {
        assertEquals(Optional.of(DropRule.OFFICIAL_SYMBOL),
                ruleFor("HGF", gene("3569", "IL6", CODING, "HGF", "BSF2"), gene("3082", "HGF", CODING, "SF")));
    }

    @Test
    void dropsAliasOfSeveralGenes() {
        AliasFilter.Result result = FILTER.apply(List.of(
                gene("5594", "MAPK1", CODING, "p38", "ERK2"), gene("1432", "MAPK14", CODING, "P-38")));
        assertEquals(List.of(new GeneAlias("ERK2", "MAPK1", "5594")), result.kept().entries());
        assertEquals(Map.of("p38", DropRule.AMBIGUOUS, "P-38", DropRule.AMBIGUOUS), result.dropped().stream()
                .collect(java.util.stream.Collectors.toMap(AliasFilter.Dropped::alias, AliasFilter.Dropped::rule)));
    }

    @Test
    void dropsFamilyNamesAndTexts() {
        assertEquals(Optional.of(DropRule.FAMILY_NAME), ruleFor("Akt", gene("207", "AKT1", CODING, "Akt")));
        assertEquals(Optional.of(DropRule.FAMILY_NAME), ruleFor("ERK 1/2", gene("5594", "MAPK1", CODING, "ERK 1/2")));
    }

    @Test
    void dropsCommonEnglishWords() {
        assertEquals(Optional.of(DropRule.ENGLISH_WORD), ruleFor("VIA", gene("10505", "SEMA6A", CODING, "VIA")));
        assertEquals(Optional.of(DropRule.ENGLISH_WORD), ruleFor("Light", gene("8740", "TNFSF14", CODING, "Light")));
    }

    @Test
    void countsUnderTheFirstMatchingRule() {
        // HGF is in this test's word list too, but the symbol rule comes first.
        AliasFilter.Result result = FILTER.apply(List.of(
                gene("3569", "IL6", CODING, "HGF", "IL-6", "IL6", "BSF2"), gene("3082", "HGF", CODING)));
        Map<DropRule, Integer> counts = result.counts();
        assertEquals(DropRule.values().length, counts.size(), "every rule is counted, zero included");
        assertEquals(1, counts.get(DropRule.OFFICIAL_SYMBOL));
        assertEquals(2, counts.get(DropRule.REDUNDANT));
        assertEquals(0, counts.get(DropRule.ENGLISH_WORD));
        assertEquals(4, result.examined());
    }

    @Test
    void listsARepeatedAliasOnce() {
        AliasFilter.Result result = FILTER.apply(List.of(gene("8600", "TNFSF11", CODING, "RANKL", "RANKL")));
        assertEquals(1, result.kept().size());
    }

    @Test
    void filtersAUserGeneInfoFile() throws IOException {
        Path file = GeneInfoFixture.writeGzip(dir.resolve("Mus_musculus.gene_info.gz"), List.of(GeneInfoFixture.HEADER,
                GeneInfoFixture.row("21943", "Tnfsf11", "Rankl|Trance|Odf", "protein-coding"),
                GeneInfoFixture.row("18383", "Tnfrsf11b", "Odf|Opg", "protein-coding")));
        GeneAliasTable table = GeneAliasTable.fromGeneInfo(file, FILTER);
        assertEquals(List.of("Opg", "Rankl", "Trance"), table.entries().stream().map(GeneAlias::alias).toList());
        assertEquals("Tnfsf11", table.find("rankl").orElseThrow().symbol());
        assertTrue(table.find("Odf").isEmpty(), "Odf names two genes");
    }
}
