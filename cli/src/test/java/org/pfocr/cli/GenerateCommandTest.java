package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pfocr generate} writes a corpus, and refuses to write over a folder in use. */
class GenerateCommandTest {

    private static final Path TEMPLATES = Path.of(System.getProperty("pfocr.testdata", "../testdata"), "figures");

    @TempDir
    Path temp;

    @Test
    void writesTheRecordsAsked() throws IOException {
        assumeTrue(Files.isDirectory(TEMPLATES), TEMPLATES + " absent: skipping");
        Path out = temp.resolve("corpus");

        CliRun run = CliRun.pfocr("generate", "--count", "25", "--from", TEMPLATES.toString(), "--seed", "3", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Generated 25 figures"), run.out());
        try (Stream<Path> records = Files.list(out.resolve("_figures"))) {
            assertEquals(25, records.count());
        }
    }

    @Test
    void aTemplateWithADuplicateKeyLeavesNoLogLines() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates/_figures"));
        Files.writeString(templates.resolve("PMC1__dup-f1.md"),
                "---\nfigid: PMC1__dup-f1\nfigtitle: First\nfigtitle: Second\ncaption: STAT3 signalling.\n---\n");
        List<LogRecord> logged = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        try {
            CliRun run = CliRun.pfocr("generate", "--count", "2", "--from", temp.resolve("templates").toString(),
                    temp.resolve("corpus").toString());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err());
        } finally {
            root.removeHandler(recorder);
        }
        assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList(), "java.util.logging lines on stderr");
    }

    @Test
    void aFolderInUseIsAUsageError() throws IOException {
        assumeTrue(Files.isDirectory(TEMPLATES), TEMPLATES + " absent: skipping");
        Files.writeString(temp.resolve("notes.txt"), "mine");

        CliRun run = CliRun.pfocr("generate", "--count", "5", "--from", TEMPLATES.toString(), temp.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("pfocr: error: " + temp + " is not empty"), run.err());
        assertEquals("mine", Files.readString(temp.resolve("notes.txt")));
    }
}
