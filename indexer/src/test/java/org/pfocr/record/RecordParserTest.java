package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SidecarLocator;

class RecordParserTest {
    private static final String GENES_11 =
            "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n";
    private static final String GENES_10 =
            "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_match\n";

    @TempDir
    Path dir;

    private final RecordParser parser = new RecordParser();
    private final List<Problem> warnings = new ArrayList<>();

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private FigureRecord parse(Path file) throws RecordException {
        return parser.parse(SidecarLocator.locate(file), warnings::add);
    }

    private Problem refused(Path file) {
        return assertThrows(RecordException.class, () -> parse(file)).problem();
    }

    private static GeneMention gene(FigureRecord record, String word, String symbol) {
        return record.genes().stream()
                .filter(g -> g.word().equals(word) && symbol.equals(g.symbol()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gene " + word + " -> " + symbol + " in " + record.genes()));
    }

    // ---------------------------------------------------------------- older format: genes in the front matter

    @Test
    void readsInlineGenesWithTheOfficialSymbolAndCollapsesDuplicates() throws Exception {
        Path file = write("seeds/old.txt", """
                ---
                figid: PMC1__old-f1
                number: Figure 3
                caption: RANKL and MAPK in bone.
                year: '2011'
                organisms:
                - Homo sapiens
                genes:
                - word: MAPK
                  symbol: MAPK
                  source: bioentities_symbol
                  hgnc_symbol: MAPK1
                  entrez: '5594'
                - word: MAPK)
                  symbol: MAPK
                  source: bioentities_symbol
                  hgnc_symbol: MAPK3
                  entrez: '5595'
                - word: RANKL
                  symbol: RANKL
                  source: hgnc_alias_symbol
                  hgnc_symbol: TNFSF11
                  entrez: '8600'
                - word: RANKL
                  symbol: RANKL
                  source: hgnc_prev_symbol
                  hgnc_symbol: TNFSF11
                  entrez: '8600'
                - word: '|'
                  symbol: X
                  source: hgnc_symbol
                  hgnc_symbol: X
                  entrez: '1'
                chemicals:
                - word: NO
                  source: MESH
                  identifier: D009569
                - word: Metformin
                  source: ''
                  identifier: ''
                diseases: []
                ---
                """);
        FigureRecord record = parse(file);
        assertEquals(List.of(
                new GeneMention("MAPK", "MAPK1", "5594", "bioentities_symbol", null, null),
                new GeneMention("MAPK", "MAPK3", "5595", "bioentities_symbol", null, null),
                new GeneMention("RANKL", "TNFSF11", "8600", "hgnc_alias_symbol", null, null)),
                record.genes());
        assertEquals(List.of(new Mention("NO", null, "D009569", "MESH"), new Mention("Metformin", null, null, null)),
                record.chemicals(), "YAML 1.1 'NO' stays the word NO; '' is missing");
        assertEquals(List.of(), record.diseases());
        assertEquals(2011, record.year());
        assertEquals("Figure 3", record.number());
        assertEquals(List.of("Homo sapiens"), record.organisms());
        assertEquals(List.of(), warnings);
    }

    // ---------------------------------------------------------------- newer format: sidecar tables

    @Test
    void readsElevenColumnGeneSidecarFromTheDataFolder() throws Exception {
        Path file = write("_figures/PMC2__new-f2.md", """
                ---
                figid: PMC2__new-f2
                organisms: Mus musculus
                caption: IL-6 and IL6 signalling.
                ---
                """);
        write("_data/PMC2__new-f2-genes.tsv", GENES_11
                + "10090\tMus musculus\tRodents\tIL-6\tIL-6\tIl6\t16193\tncbigene_synonym\t1\t2\t3\n"
                + "10090\tMus musculus\tRodents\t(STAT3\tSTAT3\tStat3\t20848\tncbigene_symbol\t1\t2\t3\n"
                + "9606\tHomo sapiens\tPrimates\tIL6\tIL6\tIL6\t3569\tncbigene_symbol\t1\t2\t3\n"
                + "10090\tMus musculus\tRodents\tIL-6\tIL-6\tIl6\t16193\tncbigene_symbol\t1\t2\t3\n");
        FigureRecord record = parse(file);
        assertEquals(List.of(
                new GeneMention("IL-6", "Il6", "16193", "ncbigene_synonym", "Mus musculus", "10090"),
                new GeneMention("STAT3", "Stat3", "20848", "ncbigene_symbol", "Mus musculus", "10090"),
                new GeneMention("IL6", "IL6", "3569", "ncbigene_symbol", "Homo sapiens", "9606")),
                record.genes(), "cleaned words; the second IL-6 -> Il6 row (other source) collapsed");
        assertEquals(List.of("Mus musculus", "Homo sapiens"), record.organisms(), "field first, then the rows'");
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsTenColumnAndReorderedGeneSidecarsByColumnName() throws Exception {
        Path ten = write("_figures/ten.md", "---\nfigid: ten\n---\n");
        write("_data/ten-genes.tsv", GENES_10
                + "7227\tDrosophila melanogaster\tInvertebrates\tImd\tIMD\timd\t44339\tncbigene_symbol\t7\t19\n"
                + "7227\tDrosophila melanogaster\tInvertebrates\tImd\tIMD\timd\t44339\tncbigene_synonym\t7\t19\n");
        assertEquals(List.of(new GeneMention("Imd", "imd", "44339", "ncbigene_symbol", "Drosophila melanogaster", "7227")),
                parse(ten).genes());

        Path shuffled = write("_figures/shuffled.md", "---\nfigid: shuffled\n---\n");
        write("_data/shuffled-genes.tsv", "ncbigene_id\tWORD\tncbigene_symbol\textra\n"
                + "3702\tCTR1\tCTR1\tx\n");
        assertEquals(List.of(new GeneMention("CTR1", "CTR1", "3702", null, null, null)), parse(shuffled).genes());
        assertEquals(List.of(), warnings);
    }

    @Test
    void mergesInlineAndSidecarGenesOfAHybridRecord() throws Exception {
        Path file = write("_figures/hybrid.md", """
                ---
                figid: hybrid
                genes:
                - word: SMAD3
                  symbol: SMAD3
                  source: hgnc_symbol
                  hgnc_symbol: SMAD3
                  entrez: '4088'
                - word: ALK5
                  symbol: ALK5
                  source: hgnc_alias_symbol
                  hgnc_symbol: TGFBR1
                  entrez: '7046'
                ---
                """);
        write("_data/hybrid-genes.tsv", GENES_11
                + "9606\tHomo sapiens\tPrimates\tSMAD3\tSMAD3\tSMAD3\t4088\tncbigene_symbol\t2\t0\t2\n"
                + "9606\tHomo sapiens\tPrimates\tSMAD7\tSMAD7\tSMAD7\t4092\tncbigene_symbol\t2\t0\t2\n");
        FigureRecord record = parse(file);
        assertEquals(List.of("SMAD3", "TGFBR1", "SMAD7"), record.genes().stream().map(GeneMention::symbol).toList());
        assertEquals("hgnc_symbol", gene(record, "SMAD3", "SMAD3").source(), "the inline entry came first");
        assertEquals(List.of("Homo sapiens"), record.organisms());
    }

    @Test
    void readsChemicalAndDiseaseSidecarsAndPrefersTheNamedVocabulary() throws Exception {
        Path file = write("_figures/chem.md", """
                ---
                figid: chem
                chemicals:
                - word: Glucose
                  source: MESH
                  identifier: D005947
                ---
                """);
        write("_data/chem-chemicals.tsv", "word\tmesh\tmatch\tname\tchebi\n"
                + "ABA\tNA\tABA\tabscisic acid\tchebi:2365\n"
                + "Genistein\tmesh:D019833\tNA\tNA\tNA\n"
                + "ABA\tNA\tABA\tabscisic acid\tchebi:2365\n"
                + "Glucose\tmesh:D005947\tGlucose\tD-glucopyranose\tNA\n");
        write("_data/chem-diseases.tsv", "word\tmesh\tmatch\tname\tdoid\n"
                + "Melanoma\tmesh:D008545\tNA\tmelanoma\tdoid:1909\n"
                + "Stroma\tNA\tNA\tNA\tNA\n");
        FigureRecord record = parse(file);
        assertEquals(List.of(
                new Mention("Glucose", null, "D005947", "MESH"),
                new Mention("ABA", "abscisic acid", "chebi:2365", "ChEBI"),
                new Mention("Genistein", null, "D019833", "MESH")),
                record.chemicals(), "MeSH prefix dropped to match the inline ids; duplicates collapsed");
        assertEquals(List.of(
                new Mention("Melanoma", "melanoma", "doid:1909", "DOID"),
                new Mention("Stroma", null, null, null)),
                record.diseases());
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsAGenericIdentifierColumnByItsPrefix() throws Exception {
        Path file = write("_figures/generic.md", "---\nfigid: generic\n---\n");
        write("_data/generic-diseases.tsv", "word\tidentifier\n"
                + "asthma\tDOID:2841\n"
                + "fibrosis\tmesh:D005355\n"
                + "gout\tX123\n");
        assertEquals(List.of(
                new Mention("asthma", null, "DOID:2841", "DOID"),
                new Mention("fibrosis", null, "D005355", "MESH"),
                new Mention("gout", null, "X123", null)),
                parse(file).diseases());
    }

    @Test
    void skipsSidecarRowsWithTheWrongNumberOfCells() throws Exception {
        Path file = write("_figures/rows.md", "---\nfigid: rows\n---\n");
        Path table = write("_data/rows-genes.tsv", GENES_10
                + "9606\tHomo sapiens\tPrimates\tTP53\tTP53\tTP53\t7157\tncbigene_symbol\t1\t1\n"
                + "9606\tHomo sapiens\tPrimates\tMDM2\tMDM2\tMDM2\t4193\tncbigene_symbol\t1\t1\t1\n"
                + "\n"
                + "9606\tHomo sapiens\tPrimates\tATM\tATM\tATM\t472\tncbigene_symbol\t1\t1\n");
        assertEquals(List.of("TP53", "ATM"), parse(file).genes().stream().map(GeneMention::symbol).toList());
        assertEquals(List.of(new Problem(ProblemKind.BAD_SIDECAR, table, 3,
                "11 cells where the header has 10 columns; the row was skipped")), warnings);
    }

    @Test
    void reportsManyBadRowsInOneWarningAfterTheFirstFew() throws Exception {
        Path file = write("_figures/many.md", "---\nfigid: many\n---\n");
        write("_data/many-genes.tsv", GENES_10 + "x\ty\n".repeat(10));
        assertEquals(List.of(), parse(file).genes());
        assertEquals(List.of(2, 3, 4, 0), warnings.stream().map(Problem::line).toList());
        assertTrue(warnings.get(3).reason().startsWith("7 more rows"), warnings.get(3).reason());
    }

    @Test
    void ignoresSidecarsWithoutAUsableHeader() throws Exception {
        Path file = write("_figures/headless.md", "---\nfigid: headless\n---\n");
        Path genes = write("_data/headless-genes.tsv",
                "9606\tHomo sapiens\tPrimates\tTP53\tTP53\tTP53\t7157\tncbigene_symbol\t1\t1\n");
        Path chemicals = write("_data/headless-chemicals.tsv", "");
        Path diseases = write("_data/headless-diseases.tsv", new byte[] {'w', 0, (byte) 0xE9, 'x'});
        FigureRecord record = parse(file);
        assertEquals(List.of(), record.genes());
        assertEquals(List.of(), record.chemicals());
        assertEquals(List.of(genes, chemicals, diseases), warnings.stream().map(Problem::path).toList());
        assertTrue(warnings.stream().allMatch(p -> p.kind() == ProblemKind.BAD_SIDECAR), warnings.toString());
        assertTrue(warnings.get(0).reason().contains("lacks the column(s) word;"), warnings.get(0).reason());
        assertTrue(warnings.get(1).reason().contains("lacks the column(s) word;"), warnings.get(1).reason());
    }

    @Test
    void usesSidecarsNamedAfterTheFigidWhenItDiffersFromTheFileName() throws Exception {
        Path file = write("seeds/0a1b2c.txt", "---\nfigid: PMC7__fig-f1\n---\n");
        write("seeds/PMC7__fig-f1-genes.tsv", GENES_11
                + "9606\tHomo sapiens\tPrimates\tEGFR\tEGFR\tEGFR\t1956\tncbigene_symbol\t1\t0\t1\n");
        FigureRecord record = parse(file);
        assertEquals("PMC7__fig-f1", record.figid());
        assertEquals(List.of("EGFR"), record.genes().stream().map(GeneMention::symbol).toList());
    }

    // ---------------------------------------------------------------- organisms

    @Test
    void takesOrganismsFromAStringOrAList() throws Exception {
        assertEquals(List.of("Homo sapiens"),
                parse(write("a.md", "---\nfigid: a\norganisms: Homo sapiens\n---\n")).organisms());
        assertEquals(List.of("Mus musculus", "Rattus norvegicus"), parse(write("b.md",
                "---\nfigid: b\norganisms:\n- Mus musculus\n- NA\n- Rattus norvegicus\n- Mus musculus\n---\n"))
                .organisms());
    }

    @Test
    void fallsBackOnOrganismsNerWhenOrganismsIsMissing() throws Exception {
        assertEquals(List.of("Danio rerio"), parse(write("a.md",
                "---\nfigid: a\norganisms:\n- NA\norganisms_ner:\n- Danio rerio\n---\n")).organisms());
        assertEquals(List.of("Danio rerio"), parse(write("b.md",
                "---\nfigid: b\norganisms: .na.character\norganisms_ner: [Danio rerio]\n---\n")).organisms());
        assertEquals(List.of("Danio rerio"), parse(write("c.md",
                "---\nfigid: c\norganisms_ner:\n- Danio rerio\n---\n")).organisms());
        assertEquals(List.of("Homo sapiens"), parse(write("d.md",
                "---\nfigid: d\norganisms: Homo sapiens\norganisms_ner:\n- Danio rerio\n---\n")).organisms(),
                "organisms_ner only stands in for a missing organisms");
        assertEquals(List.of(), parse(write("e.md",
                "---\nfigid: e\norganisms: [NA]\norganisms_ner: [NA]\n---\n")).organisms());
    }

    @Test
    void addsTheOrganismsOfTheGeneRows() throws Exception {
        Path file = write("_figures/rows.md", "---\nfigid: rows\norganisms:\n- NA\norganisms_ner:\n- Saccharomyces cerevisiae\n---\n");
        write("_data/rows-genes.tsv", GENES_11
                + "559292\tSaccharomyces cerevisiae S288C\tPlants and Fungi\tSnf1\tSNF1\tSNF1\t852088\tncbigene_symbol\t1\t0\t1\n"
                + "9606\tNA\tPrimates\tTP53\tTP53\tTP53\t7157\tncbigene_symbol\t1\t0\t1\n");
        assertEquals(List.of("Saccharomyces cerevisiae", "Saccharomyces cerevisiae S288C"), parse(file).organisms());
    }

    // ---------------------------------------------------------------- values

    @Test
    void turnsEverySpellingOfAMissingValueIntoNull() throws Exception {
        FigureRecord record = parse(write("missing.md", """
                ---
                figid: missing
                pmcid: NA
                doi: .na.character
                journal_title: ''
                journal_nlm_ta:
                figtitle: "  "
                caption: ~
                year: NA
                keywords: .na.character
                organisms: [NA]
                genes: .na.character
                chemicals: []
                diseases: NA
                ---
                """));
        assertNull(record.pmcid());
        assertNull(record.doi());
        assertNull(record.journalTitle());
        assertNull(record.journalAbbreviation());
        assertNull(record.figureTitle());
        assertNull(record.caption());
        assertNull(record.year());
        assertNull(record.paperTitle(), "absent field");
        assertEquals(List.of(), record.keywords());
        assertEquals(List.of(), record.organisms());
        assertEquals(List.of(), record.genes());
        assertEquals(List.of(), record.diseases());
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsQuotedAndUnquotedNumbersAsWritten() throws Exception {
        FigureRecord quoted = parse(write("q.md", """
                ---
                figid: q
                year: '2011'
                number: 3
                genes:
                - word: STAT3
                  hgnc_symbol: STAT3
                  entrez: 6774
                - word: ON
                  hgnc_symbol: ONECUT1
                  entrez: '03175'
                ---
                """));
        assertEquals(2011, quoted.year());
        assertEquals("3", quoted.number());
        assertEquals(List.of("6774", "03175"), quoted.genes().stream().map(GeneMention::entrez).toList());
        assertEquals("ON", quoted.genes().get(1).word(), "not YAML 1.1's true");
        assertEquals(2011, parse(write("u.md", "---\nfigid: u\nyear: 2011\n---\n")).year());
    }

    @Test
    void warnsAboutAYearThatIsNotANumberNamingItsLine() throws Exception {
        Path file = write("roman.md", "---\nfigid: roman\ncaption: x\nyear: MMXI\n---\n");
        FigureRecord record = parse(file);
        assertNull(record.year());
        assertEquals(List.of(new Problem(ProblemKind.WRONG_TYPE, file, 4,
                "'year' should be a whole number such as '2011', not 'MMXI'; it was ignored")), warnings);
    }

    @Test
    void aFieldSetTwiceKeepsItsLastValueWithAWarningNamingBothLines() throws Exception {
        Path file = write("twice.md", "---\nfigid: twice\nfigtitle: First\ncaption: x\nfigtitle: Second\n---\n");
        FigureRecord record = parse(file);
        assertEquals("Second", record.figureTitle());
        assertEquals(List.of(new Problem(ProblemKind.DUPLICATE_FIELD, file, 5,
                "'figtitle' is also set on line 3; the value here was kept")), warnings);
    }

    @Test
    void warnsAboutAYearThatIsNotOneOfFourDigits() throws Exception {
        for (String year : List.of("-5", "99999999", "0", "999")) {
            warnings.clear();
            Path file = write("far.md", "---\nfigid: far\ncaption: x\nyear: '" + year + "'\n---\n");
            assertNull(parse(file).year(), year);
            assertEquals(List.of(new Problem(ProblemKind.WRONG_TYPE, file, 4,
                    "'year' should be a year of four digits such as '2011', not '" + year + "'; it was ignored")), warnings);
        }
        assertEquals(1000, parse(write("first.md", "---\nfigid: first\nyear: 1000\n---\n")).year());
    }

    @Test
    void takesTheFirstOrJoinedValueOfAListWhereOneValueIsExpected() throws Exception {
        FigureRecord record = parse(write("lists.md", """
                ---
                figid:
                - PMC9__lists
                - PMC9__other
                caption:
                - First part.
                - NA
                - Second part.
                year: ['2015', '2016']
                ---
                """));
        assertEquals("PMC9__lists", record.figid());
        assertEquals("First part. Second part.", record.caption());
        assertEquals(2015, record.year());
    }

    @Test
    void ignoresAMappingWhereTextIsExpected() throws Exception {
        Path file = write("map.md", "---\nfigid: map\ncaption:\n  text: nested\norganisms:\n  a: b\n---\n");
        FigureRecord record = parse(file);
        assertNull(record.caption());
        assertEquals(List.of(), record.organisms());
        assertEquals(List.of(3, 5), warnings.stream().map(Problem::line).toList());
        assertTrue(warnings.stream().allMatch(p -> p.kind() == ProblemKind.WRONG_TYPE));
    }

    @Test
    void warnsAboutGeneEntriesThatAreNotMappings() throws Exception {
        Path file = write("genes.md", "---\nfigid: genes\ngenes:\n- STAT3\n- word: JAK1\n  hgnc_symbol: JAK1\n---\n");
        assertEquals(List.of("JAK1"), parse(file).genes().stream().map(GeneMention::symbol).toList());
        assertEquals(List.of(new Problem(ProblemKind.WRONG_TYPE, file, 3,
                "'genes' should list entries with fields such as 'word:'; the entry 'STAT3' was ignored")), warnings);
    }

    @Test
    void readsControlCharactersInEntryValuesAsSpacesWithAWarning() throws Exception {
        Path file = write("controls.md", """
                ---
                figid: controls
                genes:
                - word: STAT3
                  symbol: "STAT\\t3"
                  entrez: '6774'
                  source: hgnc_symbol
                chemicals:
                - word: "Ca\\x1f2+\\e"
                  identifier: D002118
                  source: MESH
                ---
                """);
        FigureRecord record = parse(file);
        assertEquals(List.of(new GeneMention("STAT3", "STAT 3", "6774", "hgnc_symbol", null, null)), record.genes());
        assertEquals(List.of(new Mention("Ca 2+", null, "D002118", "MESH")), record.chemicals());
        assertEquals(List.of(
                new Problem(ProblemKind.WRONG_TYPE, file, 3,
                        "'genes' entry's 'symbol' holds a control character (U+0009); it was read as a space: 'STAT 3'"),
                new Problem(ProblemKind.WRONG_TYPE, file, 8,
                        "'chemicals' entry's 'word' holds control characters (U+001F, U+001B); each was read as a space: 'Ca 2+'")),
                warnings);
    }

    @Test
    void readsControlCharactersInSidecarCellsAsSpacesWithAWarning() throws Exception {
        Path file = write("_figures/PMC3__ctl-f1.md", "---\nfigid: PMC3__ctl-f1\n---\n");
        Path table = write("_data/PMC3__ctl-f1-genes.tsv", (GENES_10
                + "9606\tHomo sapiens\tPrimates\tSTAT3\tSTAT3\tST\u001fAT3\t6774\tncbigene_symbol\t1\t2\n"
                + "9606\tHomo sapiens\tPrimates\tJAK1\tJAK1\tJAK1\t3716\tncbigene_symbol\t1\t2\n").replace("\n", "\r\n"));
        FigureRecord record = parse(file);
        assertEquals(List.of("ST AT3", "JAK1"), record.genes().stream().map(GeneMention::symbol).toList());
        assertEquals(List.of(new Problem(ProblemKind.BAD_SIDECAR, table, 2,
                "the 'ncbigene_symbol' cell holds a control character (U+001F); it was read as a space: 'ST AT3'")),
                warnings);
    }

    @Test
    void splitsKeywordsAndIgnoresTheSchemaJsonldOnes() throws Exception {
        FigureRecord bars = parse(write("bars.md", """
                ---
                figid: bars
                keywords: p53 | cancer |  | therapy
                schema-jsonld:
                  '@type': Dataset
                  keywords:
                  - TP53
                  - MDM2
                ---
                """));
        assertEquals(List.of("p53", "cancer", "therapy"), bars.keywords());
    }

    @Test
    void splitsEachKeywordOfAList() throws Exception {
        assertEquals(List.of("bone", "RANKL", "osteoclast"),
                parse(write("list.md", "---\nfigid: list\nkeywords:\n- bone\n- RANKL | osteoclast\n---\n")).keywords());
    }

    @Test
    void derivesAMissingFigidFromTheFileName() throws Exception {
        Path file = write("_figures/PMC5__nofigid-f1.md", "---\ncaption: no id\n---\n");
        write("_data/PMC5__nofigid-f1-genes.tsv", GENES_11
                + "9606\tHomo sapiens\tPrimates\tKRAS\tKRAS\tKRAS\t3845\tncbigene_symbol\t1\t0\t1\n");
        FigureRecord record = parse(file);
        assertEquals("PMC5__nofigid-f1", record.figid());
        assertEquals(1, record.genes().size());
        assertEquals(List.of(ProblemKind.MISSING_FIGID), warnings.stream().map(Problem::kind).toList());
    }

    // ---------------------------------------------------------------- bytes and front matter

    @Test
    void dropsAByteOrderMarkAndCarriageReturns() throws Exception {
        byte[] text = "---\r\nfigid: crlf\r\ncaption: two\r\n  lines\r\n---\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        FigureRecord record = parse(write("bom.md", bom));
        assertEquals("crlf", record.figid());
        assertEquals("two lines", record.caption());
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsLatin1WithAWarning() throws Exception {
        Path file = write("latin1.md", "---\nfigid: latin1\nreftext: Jos\u00e9 Mart\u00edn, et al.\n---\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Jos\u00e9 Mart\u00edn, et al.", parse(file).refText());
        assertEquals(List.of(ProblemKind.NOT_UTF8), warnings.stream().map(Problem::kind).toList());
        assertEquals(file, warnings.get(0).path());
    }

    @Test
    void readsAReplacementCharacterWrittenInValidUtf8AsItIs() throws Exception {
        Path file = write("replacement.md", "---\nfigid: replacement\nreftext: Jos\uFFFD Mart\u00edn\n---\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Jos\uFFFD Mart\u00edn", parse(file).refText());
        assertEquals(List.of(), warnings);
    }

    @Test
    void refusesBinaryFiles() throws Exception {
        Problem problem = refused(write("image.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2}));
        assertEquals(ProblemKind.BINARY, problem.kind());
    }

    @Test
    void refusesBinaryFilesThatAreNotUtf8EitherWithoutALatin1Warning() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals(ProblemKind.BINARY, refused(write("figure.md", png)).kind());
        assertEquals(List.of(), warnings);
    }

    @Test
    void refusesUtf16FilesSayingSo() throws Exception {
        Problem problem = refused(write("utf16.md", "---\nfigid: x\n---\n".getBytes(StandardCharsets.UTF_16)));
        assertEquals(ProblemKind.BINARY, problem.kind());
        assertTrue(problem.reason().contains("UTF-16"), problem.reason());
    }

    @Test
    void refusesEmptyFiles() throws Exception {
        assertEquals(ProblemKind.EMPTY, refused(write("empty.md", "")).kind());
        assertEquals(ProblemKind.EMPTY, refused(write("blank.md", " \n\t\r\n")).kind());
    }

    @Test
    void refusesFilesWithoutFrontMatter() throws Exception {
        Problem problem = refused(write("notes.txt", "Shopping list\n---\nfigid: x\n---\n"));
        assertEquals(ProblemKind.NO_FRONT_MATTER, problem.kind());
        assertEquals(1, problem.line());
        assertEquals(ProblemKind.NO_FRONT_MATTER, refused(write("late.md", "\n---\nfigid: x\n---\n")).kind());
    }

    @Test
    void refusesUnterminatedFrontMatter() throws Exception {
        assertEquals(ProblemKind.UNTERMINATED_FRONT_MATTER,
                refused(write("open.md", "---\nfigid: open\ncaption: never closed\n")).kind());
    }

    @Test
    void ignoresWhatFollowsTheFrontMatter() throws Exception {
        FigureRecord record = parse(write("body.md", "---  \nfigid: body\n...\n# Notes\nnot: [valid: yaml\n---\n"));
        assertEquals("body", record.figid());
    }

    @Test
    void reportsInvalidYamlWithItsLineInTheFile() throws Exception {
        Problem problem = refused(write("bad.md", "---\nfigid: bad\ncaption: one\npapertitle: a: b\n---\n"));
        assertEquals(ProblemKind.INVALID_YAML, problem.kind());
        assertEquals(4, problem.line());
        assertTrue(problem.reason().startsWith("mapping values are not allowed here"), problem.reason());
    }

    @Test
    void anAliasOfAListIsItsValueAndOneOfATextIsInvalidYamlNotTheAliasName() throws Exception {
        FigureRecord record = parse(write("alias.md", """
                ---
                figid: alias
                organisms_ner: &species
                - Homo sapiens
                - Mus musculus
                organisms: *species
                ---
                """));
        assertEquals(List.of("Homo sapiens", "Mus musculus"), record.organisms());

        for (String yaml : List.of("caption: *h", "figtitle: &h Title\npapertitle: *h")) {
            Problem problem = refused(write("star.md", "---\nfigid: star\n" + yaml + "\n---\n"));
            assertEquals(ProblemKind.INVALID_YAML, problem.kind(), yaml);
            assertTrue(problem.reason().startsWith("*h: an alias pfocr cannot resolve"), problem.reason());
        }
    }

    @Test
    void reportsInvalidYamlAfterTheSkippedSchemaJsonldWithItsLineInTheFile() throws Exception {
        Problem problem = refused(write("late.md", """
                ---
                figid: late
                schema-jsonld:
                  '@type': Dataset
                  description: long
                    caption
                  keywords:
                  - A
                genes:
                - word: STAT3
                  hgnc_symbol: 'STAT3
                ---
                """));
        assertEquals(ProblemKind.INVALID_YAML, problem.kind());
        assertEquals(11, problem.line());
        assertTrue(problem.reason().contains("quoted scalar"), problem.reason());
    }

    @Test
    void readsTheFieldsAroundTheSkippedSchemaJsonld() throws Exception {
        FigureRecord record = parse(write("around.md", """
                ---
                figid: around
                schema-jsonld:
                  '@type': Dataset

                  keywords:
                - stray sequence entry at the key's indentation
                # a comment
                genes:
                - word: JAK2
                  hgnc_symbol: JAK2
                schema-jsonld: {again: 1}
                figtype: Figure
                ---
                """));
        assertEquals(List.of("JAK2"), record.genes().stream().map(GeneMention::symbol).toList());
        assertEquals("Figure", record.figureType());
    }

    @Test
    void refusesFrontMatterThatIsNotAMapping() throws Exception {
        Problem list = refused(write("list.md", "---\n- a\n- b\n---\n"));
        assertEquals(ProblemKind.NOT_A_MAPPING, list.kind());
        assertTrue(list.reason().startsWith("the front matter is a list"), list.reason());
        assertEquals(ProblemKind.NOT_A_MAPPING, refused(write("scalar.md", "---\njust words\n---\n")).kind());
        assertEquals(ProblemKind.NOT_A_MAPPING, refused(write("empty.md", "---\n---\n")).kind());
    }

    @Test
    void reportsAMissingFileAsUnreadable() {
        Problem problem = assertThrows(RecordException.class,
                () -> parser.parse(RecordFile.of(dir.resolve("gone.md")), warnings::add)).problem();
        assertEquals(ProblemKind.UNREADABLE, problem.kind());
    }

    @Test
    void refusesAFileTooLargeForARecordAndAFolderNamedLikeOne() throws Exception {
        Path large = dir.resolve("large.md");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(TextFiles.MAX_BYTES + 1); // sparse: no disk space taken
        }
        Problem tooLarge = refused(large);
        assertEquals(ProblemKind.UNREADABLE, tooLarge.kind());
        assertTrue(tooLarge.reason().contains((TextFiles.MAX_BYTES + 1) + " bytes, too large"), tooLarge.reason());

        Path folder = Files.createDirectories(dir.resolve("folder.md"));
        Problem notAFile = assertThrows(RecordException.class,
                () -> parser.parse(RecordFile.of(folder), warnings::add)).problem();
        assertEquals(ProblemKind.UNREADABLE, notAFile.kind());
        assertEquals("cannot read: is a directory", notAFile.reason());
    }

    @Test
    void aRecordOfExactlyItsSizeIsReadWhole() throws Exception {
        String text = "---\nfigid: whole\nfigtitle: " + "x".repeat(20_000) + "\n---\n";
        assertEquals("x".repeat(20_000), parse(write("whole.md", text)).figureTitle());
    }

    @Test
    void reportsAMissingSidecarAsBadAndKeepsTheRecord() throws Exception {
        Path file = write("kept.md", "---\nfigid: kept\n---\n");
        Path gone = dir.resolve("gone-genes.tsv");
        FigureRecord record = parser.parse(new RecordFile(file, gone, null, null), warnings::add);
        assertEquals("kept", record.figid());
        assertEquals(List.of(ProblemKind.BAD_SIDECAR), warnings.stream().map(Problem::kind).toList());
        assertFalse(warnings.get(0).reason().isBlank());
    }
}
