package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in records (ESC, BEL, CSI, ...) never reach a terminal from text or TSV output; JSON keeps them escaped. */
class ControlCharactersOutputTest {

    private static final String FIGID = "PMC0009901__ctl-f1";
    private static final String TITLE = "\u001b[31mRED\u001b]0;pwned\u0007 title\u009b2J";

    /**
     * The rest of both records' gene lists, after the first gene's word (no control characters:
     * mentions lose theirs when read, RecordParserTest).
     */
    private static final String STAT3_AND_JAK1 = """
              symbol: STAT3
              source: hgnc_symbol
              entrez: '6774'
            - word: JAK1
              symbol: JAK1
              source: hgnc_symbol
              entrez: '3716'
            ---
            """;

    @TempDir
    static Path temp;
    private static String index;

    @BeforeAll
    static void indexTwoRecords() throws IOException {
        Path figures = Files.createDirectories(temp.resolve("records/_figures"));
        Files.writeString(figures.resolve(FIGID + ".md"), """
                ---
                figid: PMC0009901__ctl-f1
                figtitle: "\\e[31mRED\\e]0;pwned\\a title\\x9b2J"
                pmcid: PMC0009901
                year: '2020'
                organisms: Homo sapiens
                journal_nlm_ta: "J \\e[1mBold"
                caption: "A caption with a bell\\a and an escape \\e[2J here, then STAT3 and JAK1."
                papertitle: "Control characters\\r in records."
                genes:
                - word: STAT3
                """ + STAT3_AND_JAK1);
        Files.writeString(figures.resolve("PMC0009902__plain-f1.md"), """
                ---
                figid: PMC0009902__plain-f1
                figtitle: A plain title
                pmcid: PMC0009902
                year: '2021'
                organisms: Homo sapiens
                caption: STAT3 and JAK1 again, in a bell-shaped curve.
                genes:
                - word: STAT3
                """ + STAT3_AND_JAK1);
        index = temp.resolve("index").toString();
        CliRun run = CliRun.pfocr("index", "--index", index, temp.resolve("records").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Problems: none"), run.out());
    }

    @Test
    void textAndTsvShowRecordControlCharactersAsReplacementCharacters() {
        List<List<String>> commands = List.of(
                List.of("search", "--facets", "caption:bell"),
                List.of("search", "--format", "tsv", "caption:bell"),
                List.of("show", FIGID),
                List.of("enrich", "--min-overlap", "1", "STAT3", "JAK1"),
                List.of("enrich", "--format", "tsv", "--min-overlap", "1", "STAT3", "JAK1"),
                List.of("similar", "PMC0009902__plain-f1"),
                List.of("similar", "--format", "tsv", "PMC0009902__plain-f1"));
        for (List<String> command : commands) {
            String[] args = Stream.concat(Stream.of("--index", index), command.stream()).toArray(String[]::new);
            CliRun run = CliRun.pfocr(args);
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            String out = run.out();
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                assertTrue(!isControl(c) || c == '\n' || (c == '\t' && command.contains("tsv")),
                        command + ": control character U+" + String.format("%04X", (int) c) + " at " + i + " in:\n" + out);
            }
            assertTrue(out.contains("\uFFFD[31mRED\uFFFD]0;pwned\uFFFD title\uFFFD2J"), command + ":\n" + out);
        }
    }

    @Test
    void showPrintsEveryControlledFieldHarmlessly() {
        CliRun run = CliRun.pfocr("--index", index, "show", FIGID);

        assertTrue(run.out().contains("J \uFFFD[1mBold"), run.out());
        assertTrue(run.out().contains("a bell\uFFFD and an escape \uFFFD[2J here"), run.out());
        assertTrue(run.out().contains("Control characters\uFFFD in records."), run.out());
    }

    @Test
    void jsonKeepsTheTextAsItIsEscaped() throws IOException {
        CliRun run = CliRun.pfocr("--index", index, "show", "--format", "json", FIGID);

        assertEquals(TITLE, new ObjectMapper().readTree(run.out()).get("title").asText());
        assertTrue(run.out().contains("\\u001B[31mRED"), run.out());
    }

    @Test
    void problemsAndErrorsQuoteRecordValuesHarmlessly() throws IOException {
        Path records = Files.createDirectories(temp.resolve("bad-records"));
        Files.writeString(records.resolve("bad-year.md"), "---\nfigid: PMC0009903__bad-f1\nyear: \"\\e]0;pwned\\a\"\n---\n");
        CliRun run = CliRun.pfocr("index", "--index", temp.resolve("bad-index").toString(), records.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("not '\uFFFD]0;pwned\uFFFD'"), run.err());
        CliRun enrich = CliRun.pfocr("--index", index, "enrich", "STAT3", "JAK1", "NOT\u001bGENE");
        assertTrue(enrich.err().contains("'NOT\uFFFDGENE' matches no gene"), enrich.err());
        CliRun show = CliRun.pfocr("--index", index, "show", "PMC\u001b[2J");
        assertTrue(show.err().startsWith("pfocr: error: no figure PMC\uFFFD[2J in "), show.err());
    }

    @Test
    void aTabInAnInlineGeneValueCannotShiftTheStoredColumns() throws IOException {
        Path records = Files.createDirectories(temp.resolve("tab-records"));
        Files.writeString(records.resolve("tab.md"), """
                ---
                figid: PMC0009904__tab-f1
                genes:
                - word: STAT3
                  symbol: "STAT\\t3"
                  source: hgnc_symbol
                  entrez: '6774'
                ---
                """);
        String tabIndex = temp.resolve("tab-index").toString();
        CliRun run = CliRun.pfocr("index", "--index", tabIndex, records.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("pfocr: warning: " + records.resolve("tab.md") + ":3: wrong type: 'genes' entry's 'symbol'"
                + " holds a control character (U+0009); it was read as a space: 'STAT 3'"), run.errLines());

        CliRun show = CliRun.pfocr("--index", tabIndex, "show", "--format", "json", "PMC0009904__tab-f1");
        assertEquals("[{\"word\":\"STAT3\",\"symbol\":\"STAT 3\",\"entrez\":\"6774\",\"source\":\"hgnc_symbol\","
                + "\"taxon_id\":null}]", new ObjectMapper().readTree(show.out()).get("genes").toString());
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
