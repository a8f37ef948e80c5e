package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.search.FigureSearcher;
import org.pfocr.server.CommandRequest;

/**
 * The commands a server runs for launchers print what the command's own process prints, for the
 * caller's directory, environment and terminal; everything else is left to the launcher.
 */
class ServedCommandsTest {

    private static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../testdata"), "figures");
    private static final String FIGID = "PMC0001001__jhs-08-1012-g003";

    @TempDir
    static Path temp;
    private static Path work;
    private static Path index;
    private static FigureSearcher searcher;
    private static ServedCommands served;

    @BeforeAll
    static void serveTheTestRecords() throws IOException {
        work = Files.createDirectories(temp.resolve("work"));
        index = work.resolve("index");
        CliRun indexed = CliRun.pfocr("index", "--index", index.toString(), TESTDATA.toString());
        assertEquals(0, indexed.exitCode(), indexed.err());
        searcher = FigureSearcher.open(index);
        served = new ServedCommands(searcher, index, Map.of("LANG", "C.UTF-8"));
        Files.writeString(work.resolve("genes.txt"), "STAT3\nSOCS3\n");
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    /** A request from {@code work}, in the server's locale, with {@code env} besides. */
    private static CommandRequest request(Map<String, String> env, Set<String> terminals, String... args) {
        Map<String, String> withLocale = new HashMap<>(Map.of("LANG", "C.UTF-8"));
        withLocale.putAll(env);
        return new CommandRequest(List.of(args), work, withLocale, terminals);
    }

    private static Optional<String> run(CommandRequest request) {
        return served.run(request).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** What {@code pfocr --index INDEX args...} prints in its own process, which must succeed without notes. */
    private static String withIndex(String... args) {
        List<String> withIndex = new ArrayList<>(List.of("--index", index.toString()));
        withIndex.addAll(List.of(args));
        CliRun own = CliRun.pfocr(withIndex.toArray(String[]::new));
        assertEquals(0, own.exitCode(), own.err());
        assertEquals("", own.err());
        return own.out();
    }

    @Test
    void printsWhatEachCommandsOwnProcessPrints() {
        List<List<String>> commands = List.of(
                List.of("search", "--format", "tsv", "--limit", "20", "STAT3 OR signaling"),
                List.of("show", FIGID),
                List.of("show", "--format", "json", FIGID),
                List.of("similar", "--format", "tsv", FIGID),
                List.of("stats"),
                List.of("enrich", "--format", "tsv", "--genes-file", work.resolve("genes.txt").toString()));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(List.of("--index", index.toString()));
            args.addAll(command);
            String[] argv = args.toArray(String[]::new);
            assertEquals(Optional.of(withIndex(command.toArray(String[]::new))), run(request(Map.of(), Set.of(), argv)),
                    String.join(" ", command));
        }
        String json = run(request(Map.of(), Set.of(), "--index", index.toString(), "search", "--format", "json", "--facets", "STAT3")).orElseThrow();
        assertEquals(withIndex("search", "--format", "json", "--facets", "STAT3").replaceAll("\"took_ms\":\\d+", ""),
                json.replaceAll("\"took_ms\":\\d+", ""));
    }

    @Test
    void relativePathsAndTheEnvironmentAreTheCallers() {
        String expected = withIndex("search", "--format", "tsv", "STAT3");
        assertEquals(Optional.of(expected), run(request(Map.of(), Set.of(), "--index", "index", "search", "--format", "tsv", "STAT3")));
        assertEquals(Optional.of(expected), run(request(Map.of("PFOCR_INDEX", "index"), Set.of(), "search", "--format", "tsv", "STAT3")));
        assertEquals(Optional.of(withIndex("enrich", "--format", "tsv", "--genes-file", work.resolve("genes.txt").toString())),
                run(request(Map.of(), Set.of(), "--index", "index", "enrich", "--format", "tsv", "--genes-file", "genes.txt")));
    }

    @Test
    void colouredOnlyForATerminalThatWantsColour() {
        String[] args = {"--index", "index", "search", "STAT3"};
        assertTrue(run(request(Map.of("TERM", "xterm"), Set.of("stdout"), args)).orElseThrow().contains("\033["));
        assertFalse(run(request(Map.of("TERM", "xterm"), Set.of(), args)).orElseThrow().contains("\033["));
        assertFalse(run(request(Map.of("TERM", "xterm", "NO_COLOR", "1"), Set.of("stdout"), args)).orElseThrow().contains("\033["));
        assertFalse(run(request(Map.of("TERM", "dumb"), Set.of("stdout"), args)).orElseThrow().contains("\033["));
    }

    @Test
    void leavesEverythingElseToTheLauncher() {
        Map<String, String> none = Map.of();
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "elsewhere", "search", "STAT3")), "another index");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "search", "STAT3")), "the default index, another one");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "built", "index", TESTDATA.toString())), "not read-only");
        assertFalse(Files.exists(work.resolve("built")), "an index command ran in the server");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "index", "check")), "not served");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "index", "search", "STAT3 AND (")), "a usage error");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "index", "search", "--format", "tsv", "--facets", "STAT3")),
                "a note on standard error");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "index", "enrich")), "a gene list on standard input");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "index", "search", "@genes.txt")),
                "an argument file, which the caller's own process reads from the caller's folder");
        assertEquals(Optional.empty(), run(request(Map.of("LANG", "de_DE.UTF-8"), Set.of(), "--index", "index", "stats")),
                "another locale, in which numbers are written otherwise");
        assertEquals(Optional.empty(), run(request(Map.of("LC_ALL", "C.UTF-8"), Set.of(), "--index", "index", "stats")),
                "a locale set otherwise");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--version")), "no command");
        assertEquals(Optional.empty(), run(request(none, Set.of(), "--index", "index", "serach", "STAT3")), "an unknown command");
    }
}
