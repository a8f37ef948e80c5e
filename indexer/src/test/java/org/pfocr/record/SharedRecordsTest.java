package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SourceWalker;

/** Parses every real record in {@code ../shared}: the parser must take them all without a problem. */
class SharedRecordsTest {
    private static final Map<String, FigureRecord> RECORDS = new LinkedHashMap<>();
    private static final List<Problem> PROBLEMS = new ArrayList<>();
    private static final Path SHARED = Path.of(System.getProperty("pfocr.shared", "../shared"));
    private static final boolean PRESENT =
            Files.isDirectory(SHARED.resolve("pfocr-sample")) && Files.isDirectory(SHARED.resolve("seeds"));
    private static int files;

    @BeforeAll
    static void parseAll() {
        if (!PRESENT) {
            return;
        }
        RecordParser parser = new RecordParser();
        List<RecordFile> found = new ArrayList<>();
        SourceWalker.walk(List.of(SHARED.resolve("pfocr-sample"), SHARED.resolve("seeds")), found::add, PROBLEMS::add);
        files = found.size();
        for (RecordFile file : found) {
            try {
                FigureRecord record = parser.parse(file, PROBLEMS::add);
                RECORDS.put(record.figid(), record);
            } catch (RecordException e) {
                PROBLEMS.add(e.problem());
            }
        }
    }

    @BeforeEach
    void requireSharedData() {
        assumeTrue(PRESENT, SHARED.toAbsolutePath() + "/pfocr-sample absent: skipping the tests on real records");
    }

    @Test
    void parsesAllRealRecordsWithoutAProblem() {
        assertEquals(List.of(), PROBLEMS);
        assertEquals(57, files);
        assertEquals(57, RECORDS.size(), "figids are unique");
    }

    @Test
    void readsTheSeedRecord() {
        FigureRecord seed = RECORDS.get("PMC3101113__cmr-3-177f3");
        GeneMention rankl = seed.genes().stream().filter(g -> g.word().equals("RANKL")).findFirst().orElseThrow();
        assertEquals("TNFSF11", rankl.symbol());
        assertEquals("8600", rankl.entrez());
        assertEquals(2011, seed.year());
        assertEquals(List.of("Homo sapiens"), seed.organisms());
        assertEquals("Figure 3", seed.number());
        assertEquals("PMC3101113", seed.pmcid());
        assertEquals(List.of("MAPK1", "MAPK3", "MAPK9", "MAPK14"), seed.genes().stream()
                .filter(g -> g.word().equals("MAPK")).map(GeneMention::symbol).limit(4).toList(),
                "the family word MAPK maps to its members");
        assertEquals(List.of(), seed.keywords(), "the schema-jsonld keywords are not the paper's");
        assertTrue(seed.caption().startsWith("Model of canonical IL-6 signaling"), seed.caption());
        assertTrue(seed.caption().contains("nuclear factor κB ligand"), "folded lines joined, Greek kept");
    }

    @Test
    void readsOrganismsFromOrganismsNerAndTheGeneRows() {
        FigureRecord record = RECORDS.get("PMC12204174__sciadv.adv0895-f8");
        assertEquals(List.of("Homo sapiens"), record.organisms());
        assertEquals(11, record.genes().size());
        assertTrue(record.genes().stream().allMatch(g -> "9606".equals(g.taxonId())));
        assertEquals(List.of(new Mention("ABA", "[(E)-diazene-1,2-diyldibenzene-4,1-diyl]bis(arsonic acid)",
                        "chebi:53554", "ChEBI"), new Mention("Light", "photon", "chebi:30212", "ChEBI")),
                record.chemicals(), "the repeated ABA row is collapsed");
        assertEquals(2025, record.year());
        assertEquals("10.1126/sciadv.adv0895", record.doi());
        assertEquals(List.of(), record.keywords());
    }

    @Test
    void readsTenColumnSidecarsAndNewerFields() {
        FigureRecord fly = RECORDS.get("PMC509316__pbio.0020276.g002");
        assertTrue(fly.genes().stream().anyMatch(g -> g.word().equals("Imd") && g.symbol().equals("imd")));
        assertEquals(1, fly.genes().stream().filter(g -> g.symbol().equals("imd") && g.word().equals("Imd")).count(),
                "the same gene matched by symbol and by synonym is one mention");
        FigureRecord supplemental = RECORDS.get("PMC8321552__elife-70429-fig2-figsupp2");
        assertEquals("Supplemental figure", supplemental.figureType());
        assertEquals("SF2_2", supplemental.number());
        assertEquals(List.of("p53", "cancer", "therapy", "xanthines", "CB002", "noxa", "Human"), supplemental.keywords());
        assertNull(RECORDS.get("PMC3281571__cshperspect-SIG-011593_F1").doi(), ".na.character");
    }

    @Test
    void cleansOcrWordsEverywhere() {
        List<String> words = RECORDS.values().stream().flatMap(r -> r.genes().stream()).map(GeneMention::word).toList();
        assertTrue(words.contains("MyD88"), "Cyrillic М in МyD88 replaced");
        assertTrue(words.contains("Hypoxia"), "Нурохia in Latin letters");
        for (String word : words) {
            assertTrue(word.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    word);
            assertTrue(!word.isEmpty() && !word.startsWith("(") && !word.endsWith(",") && !word.endsWith("|"), word);
        }
    }
}
