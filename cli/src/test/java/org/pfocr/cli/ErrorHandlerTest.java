package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** How failures inside a command turn into one error line and an exit code. */
class ErrorHandlerTest {

    /** A subcommand that throws what it is given. */
    @Command(name = "fail")
    static final class Fail extends Subcommand {
        private final Supplier<RuntimeException> failure;

        Fail(Supplier<RuntimeException> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure.get();
        }
    }

    /** A subcommand whose heap is full. */
    @Command(name = "heap-full")
    static final class HeapFull extends Subcommand {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static CliRun failWith(Supplier<RuntimeException> failure, String... args) {
        return CliRun.pfocr(List.of(new Fail(failure)), args);
    }

    @Test
    void cliFailureIsOneLineWithExitCode1() {
        CliRun run = failWith(() -> new CliFailure("no index at /x: run 'pfocr index' first"), "fail");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("pfocr: error: no index at /x: run 'pfocr index' first"), run.errLines());
    }

    @Test
    void aFullHeapIsOneLineSayingHowToGiveTheJvmMoreWithExitCode1() {
        CliRun run = CliRun.pfocr(List.of(new HeapFull()), "heap-full");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().getFirst();
        assertTrue(line.startsWith("pfocr: error: out of memory (Java heap space; the heap may grow to "), line);
        assertTrue(line.contains(" MB): run again with more, e.g. PFOCR_JVM_OPTS=-Xmx"), line);
    }

    @Test
    void aFullHeapShowsItsStackTraceWithVerbose() {
        for (List<String> args : List.of(List.of("--verbose", "heap-full"), List.of("heap-full", "--verbose"))) {
            CliRun run = CliRun.pfocr(List.of(new HeapFull()), args.toArray(String[]::new));

            assertEquals(1, run.exitCode());
            assertTrue(run.err().contains("java.lang.OutOfMemoryError: Java heap space")
                    && run.err().contains("\tat org.pfocr.cli.ErrorHandlerTest$HeapFull.call"), run.err());
        }
    }

    @Test
    void theSuggestedHeapIsTwiceTheLimitInWholeGigabytes() {
        for (long[] limitAndSuggestion : new long[][] {{256, 1}, {512, 1}, {600, 2}, {6144, 12}}) {
            StringWriter err = new StringWriter();
            CommandLine root = PfocrCommand.newCommandLine().setErr(new PrintWriter(err));

            ErrorHandler.outOfMemory(new OutOfMemoryError(), root, limitAndSuggestion[0] << 20);

            assertEquals("pfocr: error: out of memory (the heap may grow to " + limitAndSuggestion[0]
                    + " MB): run again with more, e.g. PFOCR_JVM_OPTS=-Xmx" + limitAndSuggestion[1]
                    + "g; an index being written keeps its last commit", err.toString().strip());
        }
    }

    @Test
    void usageFailureExitsWith2AndPointsToTheCommandHelp() {
        CliRun run = failWith(() -> CliFailure.usage("unbalanced quote in query", null), "fail");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("pfocr: error: unbalanced quote in query (see 'pfocr fail --help')"), run.errLines());
    }

    @Test
    void multiLineMessagesAreJoinedIntoOneLine() {
        CliRun run = failWith(() -> new CliFailure("first\n  second\r\nthird"), "fail");

        assertEquals(List.of("pfocr: error: first second third"), run.errLines());
    }

    @Test
    void missingFileNamesThePath() {
        CliRun run = failWith(() -> new UncheckedIOException(new NoSuchFileException("/no/such/index")), "fail");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("pfocr: error: /no/such/index: no such file or folder"), run.errLines());
    }

    @Test
    void unexpectedExceptionIsOneLineNamingItAndSuggestingVerbose() {
        CliRun run = failWith(() -> new IllegalStateException("boom"), "fail");

        assertEquals(1, run.exitCode());
        assertEquals(
                List.of("pfocr: error: unexpected IllegalStateException: boom (run with --verbose for the stack trace)"),
                run.errLines());
    }

    @Test
    void verboseAddsTheStackTraceWhereverItIsGiven() {
        for (List<String> args : List.of(List.of("--verbose", "fail"), List.of("fail", "--verbose"))) {
            CliRun run = failWith(() -> new IllegalStateException("boom"), args.toArray(String[]::new));

            assertEquals(1, run.exitCode());
            assertEquals("pfocr: error: unexpected IllegalStateException: boom", run.errLines().getFirst());
            assertTrue(run.err().contains("\tat org.pfocr.cli.ErrorHandlerTest"), run.err());
        }
    }
}
