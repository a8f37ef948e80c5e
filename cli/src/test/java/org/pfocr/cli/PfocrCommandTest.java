package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PfocrCommandTest {

    @Test
    void versionNamesTheProgramAndTheJavaRuntime() {
        CliRun run = CliRun.pfocr("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("pfocr "), run.out());
        assertTrue(run.out().contains("(Java " + Runtime.version().feature() + ")"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void mainPrintsTheVersionAloneAsPicocliWould() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            PfocrCommand.main(new String[] {"--version"});
            PfocrCommand.main(new String[] {"-V"});
        } finally {
            System.setOut(original);
        }

        String picocli = CliRun.pfocr("--version").out();
        assertEquals(picocli + picocli, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineSparesPicocliItsSearchForGroovy() {
        PfocrCommand.newCommandLine();

        assertEquals("true", System.getProperty(PfocrCommand.NO_GROOVY_CLOSURES),
                "picocli would look for groovy.lang.Closure in every jar of the class path");
    }

    @Test
    void onlyTheVersionAloneIsAnsweredBeforePicocli() {
        assertTrue(PfocrCommand.asksOnlyForTheVersion(new String[] {"--version"}));
        assertTrue(PfocrCommand.asksOnlyForTheVersion(new String[] {"-V"}));
        for (String[] args : List.of(new String[0], new String[] {"--version", "--bogus"},
                new String[] {"--index", "dir", "--version"}, new String[] {"search", "--version"},
                new String[] {"--help"})) {
            assertFalse(PfocrCommand.asksOnlyForTheVersion(args), () -> String.join(" ", args));
        }
    }

    @Test
    void aCommandLetsOnlyLucenesFailuresThroughItsLogButTheVersionLeavesLoggingAlone(@TempDir Path dir) {
        Logger lucene = Logger.getLogger("org.apache.lucene");
        lucene.setLevel(Level.ALL);

        CliRun.pfocr("--version");
        assertEquals(Level.ALL, lucene.getLevel());

        CliRun.pfocr("search", "--index", dir.resolve("none").toString(), "STAT3");
        assertEquals(Level.SEVERE, lucene.getLevel());
    }

    @Test
    void helpListsEveryCommandAndTheGlobalOptions() {
        CliRun run = CliRun.pfocr("--help");

        assertEquals(0, run.exitCode());
        for (String word : List.of("Usage: pfocr", "index", "search", "show", "stats", "check", "completion", "--index", "--verbose", "--no-color")) {
            assertTrue(run.out().contains(word), () -> word + " missing from:\n" + run.out());
        }
    }

    @Test
    void theHelpCommandPrintsWhatTheHelpOptionPrints() {
        CliRun help = CliRun.pfocr("help");
        assertEquals(0, help.exitCode(), help.err());
        assertEquals(CliRun.pfocr("--help").out(), help.out());
        assertTrue(help.out().contains("help"), help.out());
        for (String command : PfocrCommand.newCommandLine().getSubcommands().keySet()) {
            CliRun one = CliRun.pfocr("help", command);
            assertEquals(0, one.exitCode(), command + ": " + one.err());
            assertEquals("", one.err(), command);
            assertEquals(CliRun.pfocr(command, "--help").out(), one.out(), command);
        }
    }

    @Test
    void theHelpCommandNeedsAllTheCommandsFromMain() {
        assertEquals(Subcommands.ALL, Subcommands.forArgs(new String[] {"help", "search"}));
        assertEquals(Subcommands.ALL, Subcommands.forArgs(new String[] {"--index", "x", "help"}));
    }

    @Test
    void theHelpCommandOfAnUnknownCommandListsTheCommandsAndSuggestsTheNearest() {
        CliRun run = CliRun.pfocr("help", "serch");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: unknown command 'serch': one of index, search, show, stats, check, completion,"
                + " enrich, similar, eval, serve, generate, synonym-tables, help (did you mean 'search'?)"
                + " (see 'pfocr --help')"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void subcommandHelpShowsTheInheritedGlobalOptions() {
        CliRun run = CliRun.pfocr("search", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: pfocr search"), run.out());
        assertTrue(run.out().contains("--index=DIR") && run.out().contains("--no-color"), run.out());
    }

    @Test
    void anUnknownCommandListsTheCommandsAndSuggestsTheNearest() {
        CliRun run = CliRun.pfocr("serch", "STAT3");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: unknown command 'serch': one of index, search, show, stats, check, completion,"
                + " enrich, similar, eval, serve, generate, synonym-tables, help (did you mean 'search'?) (see 'pfocr --help')"),
                run.errLines());
    }

    @Test
    void aNumberOptionGivenAWordSaysWhatItNeeds() {
        CliRun limit = CliRun.pfocr("search", "--limit", "abc", "x");
        assertEquals(2, limit.exitCode());
        assertEquals(List.of("pfocr: error: --limit needs a whole number, not 'abc' (see 'pfocr search --help')"), limit.errLines());
        CliRun fdr = CliRun.pfocr("enrich", "--max-fdr", "low", "STAT3");
        assertEquals(List.of("pfocr: error: --max-fdr needs a number, not 'low' (see 'pfocr enrich --help')"), fdr.errLines());
    }

    @Test
    void aWholeNumberOutOfRangeIsTooLargeOrTooSmallNotAWord() {
        CliRun limit = CliRun.pfocr("search", "--limit", "99999999999", "x");
        assertEquals(2, limit.exitCode());
        assertEquals(List.of("pfocr: error: --limit 99999999999 is too large: at most 2147483647"
                + " (see 'pfocr search --help')"), limit.errLines());
        CliRun offset = CliRun.pfocr("search", "--offset=-99999999999", "x");
        assertEquals(List.of("pfocr: error: --offset -99999999999 is too small: at least -2147483648"
                + " (see 'pfocr search --help')"), offset.errLines());
        CliRun count = CliRun.pfocr("generate", "--count", "99999999999999999999", "--from", "d", "out");
        assertEquals(List.of("pfocr: error: --count 99999999999999999999 is too large: at most 9223372036854775807"
                + " (see 'pfocr generate --help')"), count.errLines());
    }

    @Test
    void theCommandListSummarisesEachCommandInWholeSentences() {
        CliRun run = CliRun.pfocr("--help");

        List<String> lines = run.out().substring(run.out().indexOf("Commands:")).lines().skip(1).toList();
        for (int i = 0; i < lines.size(); i++) {
            boolean lastOfItsCommand = i + 1 == lines.size() || !lines.get(i + 1).startsWith("    ");
            if (lastOfItsCommand) {
                assertTrue(lines.get(i).strip().endsWith("."), "a summary cut off: " + lines.get(i));
            }
        }
    }

    @Test
    void unknownOptionIsOneUsageErrorLineWithAHelpHint() {
        CliRun run = CliRun.pfocr("--bogus");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("pfocr: error: unknown option: '--bogus'"), run.err());
        assertTrue(run.err().strip().endsWith("(see 'pfocr --help')"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void misspelledOptionSuggestsTheRightOne() {
        CliRun run = CliRun.pfocr("search", "--limt", "3", "p53");

        assertEquals(2, run.exitCode());
        assertEquals(
                List.of("pfocr: error: unknown option: '--limt' (did you mean '--limit'?) (see 'pfocr search --help')"),
                run.errLines());
    }

    @Test
    void missingRequiredOptionsAreNamedAsTheUsageLineNamesThem() {
        CliRun run = CliRun.pfocr("synonym-tables", "--out", "x");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: missing --gene-info=FILE, --famplex=DIR, --famplex-revision=REV"
                + " (see 'pfocr synonym-tables --help')"), run.errLines());
    }

    @Test
    void anOptionWithoutItsValueSaysSo() {
        CliRun run = CliRun.pfocr("search", "STAT3", "--limit");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: --limit needs a value (N) (see 'pfocr search --help')"), run.errLines());
        CliRun followed = CliRun.pfocr("search", "STAT3", "--limit", "--offset", "3");
        assertEquals(2, followed.exitCode());
        assertEquals(List.of("pfocr: error: --limit needs a value (N), not the option --offset"
                + " (see 'pfocr search --help')"), followed.errLines());
    }

    @Test
    void anEmptyFamplexRevisionOrPathIsAUsageError() {
        CliRun run = CliRun.pfocr("synonym-tables", "--gene-info", "g.gz", "--famplex", "f", "--famplex-revision", " ",
                "--out", "x");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: --famplex-revision needs the FamPlex commit the folder comes from,"
                + " e.g. e19b3a97 (see 'pfocr synonym-tables --help')"), run.errLines());
        CliRun emptyOut = CliRun.pfocr("synonym-tables", "--gene-info", "g.gz", "--famplex", "f", "--famplex-revision",
                "r", "--out", "");
        assertEquals(2, emptyOut.exitCode());
        assertEquals(List.of("pfocr: error: invalid value for option '--out': an empty path (an unset variable?):"
                + " name a file or folder (see 'pfocr synonym-tables --help')"), emptyOut.errLines());
    }

    @Test
    void searchWithoutQueryIsAUsageError() {
        CliRun run = CliRun.pfocr("search");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: missing QUERY (see 'pfocr search --help')"), run.errLines());
    }

    @Test
    void badOptionValueIsAUsageError() {
        CliRun run = CliRun.pfocr("search", "--format", "xml", "p53");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("[text, json, tsv]"), run.err());
    }

    @Test
    void noCommandIsAUsageErrorNamingTheCommands() {
        CliRun run = CliRun.pfocr();

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().getFirst();
        assertTrue(line.startsWith("pfocr: error: missing command: one of index, search, show, stats, ")
                && line.endsWith(" (see 'pfocr --help')"), line);
        for (String command : PfocrCommand.newCommandLine().getSubcommands().keySet()) {
            assertTrue(line.contains(command), command + " missing from: " + line);
        }
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        CliRun run = CliRun.pfocr("completion");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
        assertTrue(run.out().contains("complete -F _complete_pfocr"), run.out());
        for (String command : List.of("index", "search", "show", "stats", "check", "help")) {
            assertTrue(run.out().contains(command), command);
        }
        assertTrue(run.out().contains("local COMMAND_pos_param_args=(\"index\" \"search\" "), "pfocr help completes command names");
        assertEquals("", run.err());
    }
}
