package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexSummary;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;
import org.pfocr.results.Figure;

/**
 * Indexes {@code testdata/bad/records} (see its README) plus the cases made at test time (a 5 MB
 * caption, 40,000-character values, symbolic link loops, a broken link, a FIFO), and checks the
 * outcome of every file: indexed correctly, or reported with its exact kind, path and line.
 */
class BadRecordsTest {

    /** A problem the bad set must report: the file relative to the records folder, its kind and line (0: none). */
    private record Reported(String file, ProblemKind kind, int line) {
    }

    /** A figure the bad set must give: its record file and what must hold of it. */
    private record Indexed(String file, Consumer<Figure> check) {
    }

    private static final String HUGE_WORD = "zebrafinch";
    private static final int HUGE_CAPTION_BYTES = 5 << 20;
    private static final int LONG_VALUE = 40_000;

    private static final List<Reported> PROBLEMS = List.of(
            new Reported("empty.md", ProblemKind.EMPTY, 0),
            new Reported("blank.md", ProblemKind.EMPTY, 0),
            new Reported("no-front-matter.md", ProblemKind.NO_FRONT_MATTER, 1),
            new Reported("unterminated.md", ProblemKind.UNTERMINATED_FRONT_MATTER, 1),
            new Reported("yaml-tab-indent.md", ProblemKind.INVALID_YAML, 6),
            new Reported("yaml-unclosed-quote.md", ProblemKind.INVALID_YAML, 3),
            new Reported("not-a-mapping.md", ProblemKind.NOT_A_MAPPING, 2),
            new Reported("empty-front-matter.md", ProblemKind.NOT_A_MAPPING, 2),
            new Reported("genes-as-string.md", ProblemKind.WRONG_TYPE, 8),
            new Reported("year-roman.md", ProblemKind.WRONG_TYPE, 5),
            new Reported("no-figid.md", ProblemKind.MISSING_FIGID, 0),
            new Reported("latin1.md", ProblemKind.NOT_UTF8, 0),
            new Reported("binary.md", ProblemKind.BINARY, 0),
            new Reported("utf16.md", ProblemKind.BINARY, 0),
            new Reported("dup-a.md", ProblemKind.DUPLICATE_FIGID, 0),
            new Reported("sidecar-columns-genes.tsv", ProblemKind.BAD_SIDECAR, 4),
            new Reported("sidecar-no-header-genes.tsv", ProblemKind.BAD_SIDECAR, 1),
            new Reported("sidecar-binary-genes.tsv", ProblemKind.BAD_SIDECAR, 0),
            new Reported("orphan-genes.tsv", ProblemKind.ORPHAN_SIDECAR, 0),
            // made at test time
            new Reported("long-figid.md", ProblemKind.WRONG_TYPE, 2),
            new Reported("long-value.md", ProblemKind.WRONG_TYPE, 0),
            new Reported("long-value.md", ProblemKind.WRONG_TYPE, 0),
            new Reported("loop/back", ProblemKind.UNREADABLE, 0),
            new Reported("self-link.md", ProblemKind.UNREADABLE, 0),
            new Reported("dangling.md", ProblemKind.UNREADABLE, 0),
            new Reported("fifo.md", ProblemKind.UNREADABLE, 0));

    private static final Map<String, Indexed> FIGURES = figures();

    @TempDir
    static Path temp;
    private static Path records;
    private static IndexSummary summary;
    private static final List<Problem> reported = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void indexTheBadSet() throws Exception {
        records = temp.resolve("records");
        copy(TestIndexes.testdata().resolve("bad").resolve("records"), records);
        makeCasesThatCannotBeCommitted(records);
        summary = new FigureIndexer(IndexOptions.rebuild(temp.resolve("index"), List.of(records)), new IndexListener() {
            @Override
            public void problem(Problem problem) {
                reported.add(problem);
            }
        }).run();
        System.out.println("BadRecordsTest: " + entries(records).size() + " entries, " + FIGURES.size()
                + " figures indexed, problems " + summary.problems());
    }

    @Test
    void everyEntryOfTheBadSetHasAnExpectedOutcome() throws IOException {
        TreeSet<String> accounted = new TreeSet<>();
        PROBLEMS.forEach(problem -> accounted.add(problem.file()));
        FIGURES.values().forEach(figure -> accounted.add(figure.file()));
        assertEquals(accounted, entries(records), "every file in the bad set is an expected problem or figure");
    }

    @Test
    void everyProblemIsReportedWithItsKindPathAndLine() {
        List<String> expected = PROBLEMS.stream().map(p -> p.file() + ":" + p.line() + " " + p.kind()).sorted().toList();
        List<String> actual = reported.stream()
                .map(p -> records.relativize(p.path()) + ":" + p.line() + " " + p.kind()).sorted().toList();
        assertEquals(expected, actual);
        for (Problem problem : reported) {
            assertTrue(problem.toString().startsWith(problem.path() + (problem.line() > 0 ? ":" + problem.line() : "")
                    + ": " + problem.kind().label() + ": "), problem.toString());
            assertFalse(problem.reason().contains("\n"), problem.toString());
        }
    }

    @Test
    void theRunCompletesAndItsSummaryCountsProblemsByKind() {
        Map<ProblemKind, Long> expected = new EnumMap<>(ProblemKind.class);
        PROBLEMS.forEach(problem -> expected.merge(problem.kind(), 1L, Long::sum));
        assertEquals(expected, summary.problems());
        assertEquals(FIGURES.size(), summary.figuresInIndex());
        long skippedRecords = PROBLEMS.stream()
                .filter(p -> p.kind().skipsRecord() && p.kind() != ProblemKind.UNREADABLE).count();
        assertEquals(FIGURES.size() + skippedRecords + 1, summary.filesSeen(), "figures, skipped records and dup-a.md");
    }

    @Test
    void everyFigureIsIndexedCorrectly() throws Exception {
        try (FigureSearcher searcher = FigureSearcher.open(temp.resolve("index"))) {
            for (Map.Entry<String, Indexed> expected : FIGURES.entrySet()) {
                Figure figure = searcher.get(expected.getKey())
                        .orElseThrow(() -> new AssertionError(expected.getKey() + " is not in the index"));
                assertEquals(records.resolve(expected.getValue().file()).toAbsolutePath().normalize().toString(),
                        figure.sourcePath(), expected.getKey());
                expected.getValue().check().accept(figure);
            }
            assertEquals(List.of("PMC0009030__huge-f1"), searcher.search(SearchRequest.of("caption:" + HUGE_WORD))
                    .hits().stream().map(hit -> hit.figid()).toList(), "the end of the 5 MB caption is searchable");
        }
    }

    @Test
    void aFileThePermissionsMakeUnreadableIsReportedAndSkipped() throws Exception {
        Path folder = temp.resolve("permissions");
        Files.createDirectories(folder);
        Path file = folder.resolve("unreadable.md");
        Files.writeString(file, "---\nfigid: PMC0009040__unreadable-f1\n---\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root, which reads any file whatever its permissions:"
                + " skipping; the FIFO, the broken link and the link loops cover unreadable entries");
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        IndexSummary run = new FigureIndexer(IndexOptions.rebuild(temp.resolve("permissions-index"), List.of(folder)),
                new IndexListener() {
                    @Override
                    public void problem(Problem problem) {
                        problems.add(problem);
                    }
                }).run();
        assertEquals(0, run.figuresInIndex());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ProblemKind.UNREADABLE, problems.get(0).kind());
        assertTrue(problems.get(0).reason().startsWith("permission denied"), problems.toString());
    }

    private static Map<String, Indexed> figures() {
        Map<String, Indexed> figures = new TreeMap<>();
        figures.put("PMC0009007__genes-string-f1", new Indexed("genes-as-string.md", figure -> {
            assertEquals(List.of(), figure.genes());
            assertTrue(figure.caption().contains("PTCH1"));
        }));
        figures.put("PMC0009008__roman-year-f1", new Indexed("year-roman.md", figure -> {
            assertNull(figure.year());
            assertEquals("A year in Roman numerals", figure.title());
        }));
        figures.put("no-figid", new Indexed("no-figid.md",
                figure -> assertEquals("A record without a figid", figure.title())));
        figures.put("PMC0009010__bom-f1", new Indexed("bom.md", figure -> {
            assertEquals("A record saved with a byte-order mark", figure.title());
            assertEquals(2015, figure.year());
        }));
        figures.put("PMC0009011__crlf-f1", new Indexed("crlf.md", figure -> {
            assertEquals("Hippo kinases MST1 and LATS1 restrain YAP in the liver.", figure.caption());
            assertEquals(List.of("Homo sapiens"), figure.organisms());
        }));
        figures.put("PMC0009012__latin1-f1", new Indexed("latin1.md", figure -> {
            assertTrue(figure.caption().contains("caféine") && figure.caption().contains("10 µM")
                    && figure.caption().contains("(Müller)"), figure.caption());
        }));
        figures.put("PMC0009015__duplicate-f1", new Indexed("dup-b.md",
                figure -> assertEquals("The second copy of a figure, which is kept", figure.title())));
        figures.put("sidecar-columns", new Indexed("sidecar-columns.md",
                figure -> assertEquals(List.of("SMAD2", "SMAD3", "SMAD7"), figure.geneSymbols())));
        figures.put("sidecar-no-header", new Indexed("sidecar-no-header.md",
                figure -> assertEquals(List.of(), figure.genes())));
        figures.put("sidecar-binary", new Indexed("sidecar-binary.md",
                figure -> assertEquals(List.of(), figure.genes())));
        figures.put("PMC0009022__inside-folder-f1", new Indexed("folder.md/inner.md",
                figure -> assertEquals("WNT3A binds FZD7 and LRP6.", figure.caption())));
        figures.put("PMC0009030__huge-f1", new Indexed("huge-caption.md", figure -> {
            assertTrue(figure.caption().length() > HUGE_CAPTION_BYTES, "the whole caption is kept");
            assertTrue(figure.caption().endsWith(HUGE_WORD));
        }));
        figures.put("PMC0009031__long-value-f1", new Indexed("long-value.md", figure -> {
            assertEquals(LONG_VALUE, figure.geneSymbols().get(0).length());
            assertTrue(figure.caption().endsWith(" kept"), "words after a 40,000-letter word are kept");
        }));
        figures.put("long-figid", new Indexed("long-figid.md",
                figure -> assertEquals("A figid of 40,000 characters", figure.title())));
        return figures;
    }

    /**
     * The cases that cannot be committed: too large (5 MB), or links, FIFOs and loops that Git
     * does not keep or that would trouble other tools walking the repository.
     */
    private static void makeCasesThatCannotBeCommitted(Path folder) throws IOException, InterruptedException {
        StringBuilder caption = new StringBuilder(HUGE_CAPTION_BYTES + 100);
        while (caption.length() < HUGE_CAPTION_BYTES) {
            caption.append("calcium waves travel along the zebrafish fin ray after injury ");
        }
        caption.append(HUGE_WORD);
        Files.writeString(folder.resolve("huge-caption.md"),
                "---\nfigid: PMC0009030__huge-f1\nfigtitle: A 5 MB caption\ncaption: " + caption + "\n---\n");
        String longWord = "G".repeat(LONG_VALUE);
        String longSymbol = "S".repeat(LONG_VALUE);
        Files.writeString(folder.resolve("long-value.md"), "---\nfigid: PMC0009031__long-value-f1\n"
                + "figtitle: Values of 40,000 characters\ncaption: before " + "x".repeat(LONG_VALUE) + " kept\n"
                + "genes:\n- word: " + longWord + "\n  hgnc_symbol: " + longSymbol + "\n---\n");
        Files.writeString(folder.resolve("long-figid.md"), "---\nfigid: " + "F".repeat(LONG_VALUE)
                + "\nfigtitle: A figid of 40,000 characters\n---\n");
        Files.createDirectories(folder.resolve("loop"));
        Files.createSymbolicLink(folder.resolve("loop").resolve("back"), Path.of(".."));
        Files.createSymbolicLink(folder.resolve("self-link.md"), Path.of("self-link.md"));
        Files.createSymbolicLink(folder.resolve("dangling.md"), Path.of("nowhere.md"));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("fifo.md").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
    }

    /** The files, links and FIFOs under {@code folder}, relative to it; folders are not listed. */
    private static TreeSet<String> entries(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            TreeSet<String> entries = new TreeSet<>();
            paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .forEach(path -> entries.add(folder.relativize(path).toString()));
            return entries;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
