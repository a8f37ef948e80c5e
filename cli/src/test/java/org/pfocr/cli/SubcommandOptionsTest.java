package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The options each subcommand declares parse as documented (the bodies come later). */
class SubcommandOptionsTest {

    private static <T> T parse(String command, String... args) {
        CommandLine commandLine = PfocrCommand.newCommandLine();
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        commandLine.parseArgs(all);
        return commandLine.getSubcommands().get(command).getCommand();
    }

    @Test
    void searchJoinsTheQueryWordsAndHasDefaults() {
        SearchCommand search = parse("search", "TP53", "AND", "year:2020");

        assertEquals("TP53 AND year:2020", search.query());
        assertEquals(10, search.listing.limit);
        assertEquals(0, search.offset);
        assertEquals(SearchCommand.Sort.relevance, search.sort);
        assertEquals(ResultFormat.text, search.listing.format);
        assertFalse(search.facets || search.explain);
    }

    @Test
    void searchOptionsParseCaseInsensitively() {
        SearchCommand search = parse(
                "search", "--limit", "5", "--offset", "20", "--sort", "YEAR", "--format", "Tsv", "--facets", "--explain", "wnt");

        assertEquals(5, search.listing.limit);
        assertEquals(20, search.offset);
        assertEquals(SearchCommand.Sort.year, search.sort);
        assertEquals(ResultFormat.tsv, search.listing.format);
        assertTrue(search.facets && search.explain);
    }

    @Test
    void indexTakesSourcesAndRepeatableSynonyms() {
        IndexCommand index = parse(
                "index", "--update", "--strict", "--threads", "3", "--gene-info", "g.gz",
                "--synonyms", "a.tsv", "--synonyms", "b.tsv", "--quiet", "dir1", "file2.md");

        assertEquals(List.of(Path.of("dir1"), Path.of("file2.md")), index.sources);
        assertEquals(List.of(Path.of("a.tsv"), Path.of("b.tsv")), index.synonyms);
        assertEquals(Path.of("g.gz"), index.geneInfo);
        assertEquals(3, index.threads);
        assertTrue(index.update && index.strict && index.quiet);
    }

    @Test
    void indexDefaultsLeaveThreadsAndGeneInfoUnset() {
        IndexCommand index = parse("index", "records");

        assertEquals(null, index.threads);
        assertEquals(null, index.geneInfo);
        assertEquals(List.of(), index.synonyms);
    }

    @Test
    void showAndStatsTakeTextOrJson() {
        ShowCommand show = parse("show", "--format", "json", "PMC1__g1");
        StatsCommand stats = parse("stats");

        assertEquals("PMC1__g1", show.figureId);
        assertEquals(ReportFormat.json, show.report.format);
        assertEquals(ReportFormat.text, stats.report.format);
    }
}
