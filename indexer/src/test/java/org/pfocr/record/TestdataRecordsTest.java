package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SourceWalker;

/** The bundled records in {@code testdata/figures} parse cleanly and keep the odd cases they were written for. */
class TestdataRecordsTest {
    private static final List<RecordFile> FILES = new ArrayList<>();
    private static final Map<String, FigureRecord> RECORDS = new LinkedHashMap<>();
    private static final List<Problem> PROBLEMS = new ArrayList<>();

    private static final Path FIGURES = Path.of(System.getProperty("pfocr.testdata", "../testdata")).resolve("figures");

    @BeforeAll
    static void parseAll() throws RecordException {
        if (!Files.isDirectory(FIGURES)) {
            return;
        }
        SourceWalker.walk(List.of(FIGURES), FILES::add, PROBLEMS::add);
        RecordParser parser = new RecordParser();
        for (RecordFile file : FILES) {
            FigureRecord record = parser.parse(file, PROBLEMS::add);
            RECORDS.put(record.figid(), record);
        }
    }

    private static FigureRecord record(String pmcid) {
        return RECORDS.values().stream().filter(r -> pmcid.equals(r.pmcid())).findFirst().orElseThrow();
    }

    private static boolean hasGene(FigureRecord record, String word, String symbol) {
        return record.genes().stream().anyMatch(g -> g.word().equals(word) && symbol.equals(g.symbol()));
    }

    @BeforeEach
    void requireTestdata() {
        assumeTrue(Files.isDirectory(FIGURES), FIGURES.toAbsolutePath() + " absent: skipping");
    }

    @Test
    void parsesEveryRecordWithoutAProblem() {
        assertEquals(List.of(), PROBLEMS);
        assertEquals(18, FILES.size());
        assertEquals(18, RECORDS.size(), "figids are unique");
    }

    @Test
    void coversManyOrganismsAndYears() {
        Set<String> organisms = RECORDS.values().stream().flatMap(r -> r.organisms().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(organisms.containsAll(List.of("Homo sapiens", "Mus musculus", "Rattus norvegicus", "Danio rerio",
                "Drosophila melanogaster", "Saccharomyces cerevisiae", "Arabidopsis thaliana")), organisms.toString());
        TreeSet<Integer> years = RECORDS.values().stream().map(FigureRecord::year)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(2004, years.first());
        assertEquals(2024, years.last());
        assertTrue(years.size() >= 15, years.toString());
    }

    @Test
    void keepsTheOddCases() {
        assertTrue(hasGene(record("PMC0001002"), "MyD88", "Myd88"), "Cyrillic М cleaned");
        assertTrue(hasGene(record("PMC0001013"), "CAT", "CAT"), "Cyrillic С cleaned");
        assertTrue(hasGene(record("PMC0001002"), "NF-κB", "Rela"), "Greek kept");
        assertTrue(hasGene(record("PMC0001001"), "STAT3", "STAT3"), "(STAT3 cleaned");
        assertTrue(hasGene(record("PMC0001001"), "IL-6", "IL6") && hasGene(record("PMC0001001"), "IL6", "IL6"));
        assertTrue(hasGene(record("PMC0001015"), "RANKL", "TNFSF11"), "alias in a seed whose file name is not its figid");
        assertTrue(hasGene(record("PMC0001009"), "ERK", "MAPK1") && hasGene(record("PMC0001009"), "ERK", "MAPK3"));
        assertTrue(hasGene(record("PMC0001016"), "TRAIL-R1", "TNFRSF10A"), "CRLF record, OCR bar stripped");
        assertEquals(List.of("Danio rerio"), record("PMC0001003").organisms(), "organisms [NA] -> organisms_ner");
        assertEquals(List.of("TGFB1", "TGFBR2", "TGFBR1", "SMAD3", "SMAD2", "SMAD4", "SMAD7", "SERPINE1"),
                record("PMC0001010").genes().stream().map(GeneMention::symbol).toList(), "hybrid merged");
        assertEquals(1, record("PMC0001006").genes().stream().filter(g -> g.symbol().equals("imd")).count());
        assertEquals("Supplemental figure", record("PMC0001008").figureType());
        assertEquals(List.of("osteoclastogenesis", "RANKL", "bisphosphonates", "bone remodelling"),
                record("PMC0001004").keywords());
    }
}
