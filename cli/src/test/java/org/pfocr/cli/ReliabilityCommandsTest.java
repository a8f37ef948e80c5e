package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, time limits, locks and damaged indexes as users meet them: exit codes and one-line messages. */
class ReliabilityCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../testdata"));
    private static final Pattern PROBLEM_LINE = Pattern.compile("pfocr: (skipped|warning): (/\\S+?)(:\\d+)?: ([a-zA-Z0-9 -]+): .+");

    @TempDir
    static Path temp;
    private static String index;

    @BeforeAll
    static void indexTheTestdata() {
        index = temp.resolve("index").toString();
        CliRun run = CliRun.pfocr("index", "--index", index, TESTDATA.resolve("figures").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void indexingTheBadSetCompletesReportsEveryProblemOnOneLineAndCountsThemByKind() {
        CliRun run = CliRun.pfocr("index", "--index", temp.resolve("bad-index").toString(),
                TESTDATA.resolve("bad").resolve("records").toString());

        assertEquals(0, run.exitCode(), run.err());
        Map<String, Integer> byKind = new HashMap<>();
        int skipped = 0;
        for (String line : run.errLines()) {
            Matcher problem = PROBLEM_LINE.matcher(line);
            assertTrue(problem.matches(), "path[:line]: kind: reason: " + line);
            assertTrue(Files.exists(Path.of(problem.group(2))), line);
            byKind.merge(problem.group(4), 1, Integer::sum);
            skipped += problem.group(1).equals("skipped") ? 1 : 0;
        }
        int total = run.errLines().size();
        String summary = run.out().lines().filter(line -> line.startsWith("Problems: ")).findFirst().orElseThrow();
        assertTrue(summary.startsWith("Problems: " + skipped + " files skipped, " + (total - skipped) + " warnings ("),
                summary + " for " + run.err());
        byKind.forEach((kind, count) -> assertTrue(summary.contains(kind + " " + count), kind + " " + count + ": " + summary));
        assertTrue(total >= 15 && byKind.size() >= 10, run.err());
    }

    @Test
    void aSearchCutByItsTimeLimitIsMarkedPartial() throws Exception {
        CliRun cut = CliRun.pfocr("search", "--index", index, "--format", "json", "--timeout", "0.001ms", "*:*");
        CliRun whole = CliRun.pfocr("search", "--index", index, "--format", "json", "--timeout", "2.5", "*:*");

        assertEquals(0, cut.exitCode(), cut.err());
        assertTrue(JSON.readTree(cut.out()).get("partial").asBoolean(), cut.out());
        JsonNode complete = JSON.readTree(whole.out());
        assertEquals(false, complete.get("partial").asBoolean());
        assertEquals(18, complete.get("total").asInt());
        CliRun text = CliRun.pfocr("search", "--index", index, "--timeout", "1ms", "--no-color",
                "*a* OR *e* OR caption:/.*[a-z]{2}.*/");
        assertEquals(0, text.exitCode(), text.err());
    }

    @Test
    void aTimeLimitThatIsNotOneIsAUsageError() {
        for (String timeout : List.of("0", "-1", "soon", "5 minutes", "0ms")) {
            CliRun run = CliRun.pfocr("search", "--index", index, "--timeout", timeout, "STAT3");
            assertEquals(2, run.exitCode(), timeout + ": " + run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("pfocr: error: "), run.err());
        }
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheCurrentFolder() {
        String figures = TESTDATA.resolve("figures").toString();
        for (List<String> args : List.of(List.of("search", "--index", "", "STAT3"),
                List.of("index", "--index", "", figures),
                List.of("index", "--index", temp.resolve("from-empty").toString(), figures, ""))) {
            CliRun run = CliRun.pfocr(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + ": " + run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("pfocr: error: ") && run.err().contains("an empty "), run.err());
        }
        assertTrue(Files.notExists(Path.of(IndexWriter.WRITE_LOCK_NAME)), "an index was written into the working folder");
    }

    @Test
    void aThreadCountOutOfRangeIsAUsageErrorThatLeavesTheIndexAsItWas() {
        for (String threads : List.of("0", "-2", "100000")) {
            CliRun run = CliRun.pfocr("index", "--index", index, "--update", "--threads", threads);
            assertEquals(2, run.exitCode(), threads + ": " + run.err());
            assertEquals("pfocr: error: --threads must be between 1 and 256, not " + threads
                    + " (see 'pfocr index --help')", run.err().strip());
        }
        assertEquals(0, CliRun.pfocr("check", "--index", index).exitCode());
    }

    @Test
    void aFileThatIsNotUtf8TextSaysSoWhereverItIsNamed() throws IOException {
        Path binary = Files.write(temp.resolve("binsyn.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', (byte) 0x80});
        String notText = binary + ": not UTF-8 text: a binary file, or text in another encoding; save it as UTF-8";

        CliRun synonyms = CliRun.pfocr("index", "--index", temp.resolve("syn-index").toString(), "--synonyms",
                binary.toString(), TESTDATA.resolve("figures").toString());
        assertEquals(2, synonyms.exitCode());
        assertEquals(List.of("pfocr: error: --synonyms " + notText + " (see 'pfocr index --help')"), synonyms.errLines());
        CliRun genes = CliRun.pfocr("enrich", "--index", index, "--genes-file", binary.toString());
        assertEquals(1, genes.exitCode());
        assertEquals(List.of("pfocr: error: cannot read the gene list " + notText), genes.errLines());
    }

    @Test
    void checkPassesASoundIndex() {
        CliRun run = CliRun.pfocr("check", "--index", index);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("18 figures") && run.out().lines().anyMatch(line -> line.startsWith("result")
                && line.contains("clean")), run.out());
    }

    @Test
    void aDamagedIndexIsOneLineSayingToRebuildAndExitOneForSearchAndCheck() throws IOException {
        Path damaged = temp.resolve("damaged");
        copyIndex(Path.of(index), damaged);
        Path segmentFile = largestSegmentFile(damaged);
        try (FileChannel channel = FileChannel.open(segmentFile, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        String advice = "rebuild it with 'pfocr index --index " + damaged + " SOURCE...'";

        for (String command : List.of("search", "show", "stats")) {
            CliRun run = command.equals("stats") ? CliRun.pfocr(command, "--index", damaged.toString())
                    : CliRun.pfocr(command, "--index", damaged.toString(), "STAT3");
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("pfocr: error: the index at " + damaged + " is damaged (")
                    && run.err().strip().endsWith(advice), run.err());
        }
        CliRun check = CliRun.pfocr("check", "--index", damaged.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().lines().anyMatch(line -> line.startsWith("damaged")) && check.out().contains("result"),
                check.out());
        assertEquals(1, check.errLines().size(), check.err());
        assertTrue(check.err().strip().endsWith(advice), check.err());
    }

    @Test
    void anIndexRunWhileAnotherHoldsTheLockSaysWhatToDo() throws IOException {
        Path locked = temp.resolve("locked");
        copyIndex(Path.of(index), locked);
        try (IndexWriter other = new IndexWriter(FSDirectory.open(locked), new IndexWriterConfig())) {
            CliRun run = CliRun.pfocr("index", "--index", locked.toString(), TESTDATA.resolve("figures").toString());

            assertEquals(1, run.exitCode(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains("another process is writing the index at " + locked)
                    && run.err().contains("fuser -v") && run.err().contains("wait for it to finish"), run.err());
            assertEquals(1, CliRun.pfocr("check", "--index", locked.toString()).exitCode(), "check waits for the run too");
        }
        assertEquals(0, CliRun.pfocr("search", "--index", locked.toString(), "STAT3").exitCode(),
                "the index is as it was");
    }

    private static void copyIndex(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    /** The largest file of a segment (compound or not: every segment file's name starts with {@code _}). */
    private static Path largestSegmentFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("_"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
    }
}
