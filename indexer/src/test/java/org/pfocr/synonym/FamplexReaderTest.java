package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pfocr.synonym.GeneInfoFixture.gene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FamplexReaderTest {
    private static final NameScreen SCREEN = NameScreen.of(
            List.of(gene("6714", "SRC", "protein-coding"), gene("5594", "MAPK1", "protein-coding")),
            EnglishWords.of(List.of("kinase")));

    @TempDir
    Path dir;

    @BeforeEach
    void writeFamplex() throws IOException {
        write("relations.csv",
                "HGNC,MAPK1,isa,FPLX,ERK\r",
                "HGNC,MAPK3,isa,FPLX,ERK\r",
                "FPLX,ERK,isa,FPLX,MAPK\r",
                "HGNC,MAPK14,isa,FPLX,p38\r",
                "FPLX,p38,isa,FPLX,MAPK\r",
                "FPLX,MAPK,partof,FPLX,Signalling\r",
                "HGNC,EXTRA1,partof,FPLX,Signalling\r",
                "HGNC,SRC,isa,FPLX,SRC\r",
                "HGNC,FYN,isa,FPLX,SRC\r",
                "UP,P0C0S8,isa,FPLX,Histone_H2A\r");
        write("grounding_map.csv",
                "ERK1/2,FPLX,ERK,,,,\r",
                "Erk,FPLX,ERK,,,,\r",
                "\"p42, p44\",FPLX,ERK,,,,\r",
                "ERK2,UP,P28482,,,,\r",
                "Src family,FPLX,SRC,,,,\r",
                "kinase,FPLX,MAPK,,,,\r",
                "MK,FPLX,MAPK,,,,\r");
    }

    private void write(String name, String... lines) throws IOException {
        Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void resolvesNestedFamiliesTransitively() throws IOException {
        FamplexFamilies families = FamplexReader.read(dir, SCREEN).families();
        assertEquals(List.of("MAPK1", "MAPK3"), families.members("ERK"));
        assertEquals(List.of("MAPK1", "MAPK14", "MAPK3"), families.members("MAPK"));
        assertEquals(List.of("EXTRA1", "MAPK1", "MAPK14", "MAPK3"), families.members("Signalling"), "partof counts");
        assertEquals(List.of("MAPK1", "MAPK3"), families.members("erk"), "names ignore case");
        assertEquals(List.of(), families.members("JNK"));
    }

    @Test
    void leavesOutFamiliesWithoutHgncGenes() throws IOException {
        FamplexReader.Result result = FamplexReader.read(dir, SCREEN);
        assertEquals(List.of("Histone_H2A"), result.withoutGenes());
        assertEquals(1, result.nonHgncMembers());
        assertTrue(result.families().family("Histone_H2A").isEmpty());
    }

    @Test
    void triggersAreNameAndGroundingTextsThatPassTheScreen() throws IOException {
        FamplexReader.Result result = FamplexReader.read(dir, SCREEN);
        FamplexFamilies families = result.families();
        assertEquals(List.of("ERK", "ERK1/2", "p42, p44"), families.family("ERK").orElseThrow().triggers(),
                "Erk is a case variant of the name; p42, p44 was a quoted CSV field");
        assertEquals(List.of("Src family"), families.family("SRC").orElseThrow().triggers(),
                "SRC is a gene symbol, so only the text triggers the family");
        assertEquals(List.of("MAPK"), families.family("MAPK").orElseThrow().triggers());
        assertEquals(Map.of(DropRule.OFFICIAL_SYMBOL, 1, DropRule.ENGLISH_WORD, 1, DropRule.TOO_SHORT, 1),
                result.droppedTriggers());
        assertTrue(families.allNames().containsAll(List.of("SRC", "Src family", "ERK1/2", "Signalling")));
    }

    @Test
    void rejectsNestingCycle() throws IOException {
        write("relations.csv", "FPLX,A,isa,FPLX,B", "FPLX,B,isa,FPLX,A", "HGNC,X1,isa,FPLX,A");
        IOException e = assertThrows(SynonymSourceException.class, () -> FamplexReader.read(dir, SCREEN));
        assertTrue(e.getMessage().startsWith("relations.csv: families nest in a cycle: A > B > A"), e.getMessage());
    }

    @Test
    void namesTheLineOfAMalformedRelation() throws IOException {
        write("relations.csv", "HGNC,MAPK1,isa,FPLX,ERK", "HGNC,MAPK3,isa");
        IOException e = assertThrows(SynonymSourceException.class, () -> FamplexReader.read(dir, SCREEN));
        assertEquals(dir.resolve("relations.csv") + ":2: expected NAMESPACE,ID,isa|partof,FPLX,FAMILY"
                + " as in FamPlex relations.csv", e.getMessage());
    }

    @Test
    void readsTheRealFamplexCheckout() throws IOException {
        Path famplex = SharedData.famplex();
        FamplexFamilies families = FamplexReader.read(famplex,
                NameScreen.of(GeneInfoReader.readAll(SharedData.humanGeneInfo()), EnglishWords.bundled())).families();
        assertEquals(List.of("MAPK1", "MAPK3"), families.members("ERK"));
        assertTrue(families.members("MAPK").containsAll(List.of("MAPK1", "MAPK3", "MAPK8", "MAPK9", "MAPK10",
                "MAPK11", "MAPK12", "MAPK13", "MAPK14")), "MAPK = ERK + JNK + p38 members");
        assertEquals(List.of("AKT1", "AKT2", "AKT3"), families.members("AKT"));
        assertTrue(families.family("ERK").orElseThrow().triggers().contains("ERK1/2"));
        assertTrue(families.family("NFkappaB").orElseThrow().triggers().contains("NF-κB"));
    }
}
