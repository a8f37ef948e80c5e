package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexSummary;
import org.pfocr.results.SearchResults;
import org.pfocr.schema.FigureFields;

/**
 * Kills (SIGKILL) a separate indexer process part-way through a full rebuild and part-way through
 * an update, twice each: while records are being indexed, and after the new segments reached the
 * disk but before the commit. Each time the previous index must open and answer exactly as before
 * (same figures, same hits with the same scores, same commit data), and the next run must complete
 * and leave no stray files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterruptedIndexingTest {

    /** Copies of the testdata records: enough for a run of several seconds to be killed in. */
    private static final int COPIES = 30;
    private static final List<String> QUERIES = List.of(
            "*:*", "STAT3", "genes:TNFSF11 AND organism:human", "caption:apoptosis OR title:signalling",
            "year:[2010 TO 2020]");

    @TempDir
    static Path temp;
    private static Path index;
    private static TestCorpus corpus;
    private static int kills;
    /** Rules enough for their analysis to keep the window between written segments and the commit open for a while. */
    private static final int SLOW_SYNONYM_RULES = 40_000;
    private static Path slowSynonyms;

    @BeforeAll
    static void buildTheFirstIndex() throws Exception {
        index = temp.resolve("index");
        corpus = TestCorpus.in(temp.resolve("corpus"));
        corpus.addCopies(0, COPIES);
        TestIndexes.index(index, List.of(TestIndexes.testdata().resolve("figures")));
        slowSynonyms = temp.resolve("slow-synonyms.txt");
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < SLOW_SYNONYM_RULES; i++) {
            rules.add("zqa" + i + ", zqb" + i);
        }
        Files.write(slowSynonyms, rules);
    }

    @Test
    @Order(1)
    void aRebuildKilledPartWayLeavesThePreviousIndexAndTheNextRunCompletes() throws Exception {
        int records = COPIES * corpus.recordsPerCopy();
        killAndCheck("rebuild", records / 3, false);
        killAndCheck("rebuild", records - IndexerProcess.EVERY, true);

        IndexSummary next = run(IndexOptions.rebuild(index, List.of(corpus.root())));

        assertEquals(records, next.figuresInIndex());
        assertOnlyCommittedFiles();
        assertTrue(IndexCheck.run(index).clean());
    }

    @Test
    @Order(2)
    void anUpdateKilledPartWayLeavesThePreviousIndexAndTheNextRunCompletes() throws Exception {
        int records = COPIES * corpus.recordsPerCopy();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.root())) {
            files = walk.filter(file -> file.toString().endsWith(".md") || file.toString().endsWith(".txt"))
                    .sorted().toList();
        }
        for (int i = 0; i < files.size(); i += 2) {
            TestCorpus.retitle(files.get(i), "Revised figure " + i);
        }
        for (int i = 1; i < files.size(); i += 20) {
            Files.delete(files.get(i));
        }
        List<Path> added = corpus.addCopies(COPIES, COPIES + 2);
        int deleted = (files.size() + 18) / 20;

        int now = records - deleted + added.size();
        killAndCheck("update", now / 3, false);
        killAndCheck("update", now - IndexerProcess.EVERY, true);

        IndexSummary next = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));

        assertEquals(records - deleted + added.size(), next.figuresInIndex());
        assertEquals(deleted, next.figuresRemoved());
        try (FigureSearcher searcher = FigureSearcher.open(index)) {
            assertTrue(searcher.search(SearchRequest.of("title:Revised")).total() >= files.size() / 2 - deleted);
        }
        assertOnlyCommittedFiles();
        assertTrue(IndexCheck.run(index).clean());
        System.out.println("InterruptedIndexingTest: " + kills + " indexer processes killed, nothing lost");
    }

    /**
     * Starts the indexer in another JVM and kills it with SIGKILL once it has seen {@code files}
     * record files, and, with {@code segmentsWritten}, once it has written segment files too;
     * then checks that the index opens and answers exactly as before.
     */
    private static void killAndCheck(String mode, long files, boolean segmentsWritten) throws Exception {
        String phase = segmentsWritten ? "every record read, segments written, not committed" : "records being indexed";
        Answers before = Answers.of(index);
        Set<String> filesBefore = fileNames(index);
        // C1 only and the serial collector: the child starts faster, as the pfocr launcher measured.
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                IndexerProcess.class.getName(), index.toString(), mode, slowSynonyms.toString()));
        if (mode.equals("rebuild")) {
            command.add(corpus.root().toString());
        }
        Path stderr = temp.resolve("indexer-" + kills + ".err");
        Process indexer = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        AtomicLong progress = new AtomicLong();
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> readProgress(indexer, progress, lines));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (progress.get() < files || segmentsWritten && !newFiles(filesBefore)) {
                if (!indexer.isAlive()) {
                    indexer.waitFor();
                    reader.join(5_000);
                    fail("the indexer ended before it could be killed (" + phase + "), exit code "
                            + indexer.exitValue() + ": " + copy(lines) + " " + Files.readString(stderr));
                }
                assertTrue(System.nanoTime() < deadline, "the indexer never reached " + phase);
                Thread.sleep(2);
            }
        } finally {
            indexer.destroyForcibly();
        }
        int exit = indexer.waitFor();
        reader.join(5_000);
        kills++;
        assertEquals(137, exit, "killed by SIGKILL while " + phase + "; its output: " + copy(lines));
        assertFalse(copy(lines).stream().anyMatch(line -> line.startsWith("committed")), copy(lines).toString());
        System.out.printf("InterruptedIndexingTest: killed a %s after %d record files (%s); %d new files left%n",
                mode, progress.get(), phase, fileNames(index).stream().filter(f -> !filesBefore.contains(f)).count());

        assertEquals(before, Answers.of(index), "the previous index answers as before the " + mode + " was killed");
    }

    /** The lines the reader thread has added so far (it may still be adding). */
    private static List<String> copy(List<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static void readProgress(Process indexer, AtomicLong progress, List<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(indexer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.startsWith("progress ")) {
                    progress.set(Long.parseLong(line.substring(9)));
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
    }

    /** Whether files other than {@code before} and the lock appeared in the index: segments of the run. */
    private static boolean newFiles(Set<String> before) throws IOException {
        return fileNames(index).stream().anyMatch(name -> !before.contains(name)
                && !name.equals(IndexWriter.WRITE_LOCK_NAME));
    }

    private static void assertOnlyCommittedFiles() throws IOException {
        Set<String> left = new TreeSet<>(fileNames(index));
        left.remove(IndexWriter.WRITE_LOCK_NAME);
        assertEquals(new TreeSet<>(committedFiles(index)), left, "the next run removed what the killed runs left");
    }

    /** The files of the latest commit: Lucene's, and the synonym file it names. */
    private static Set<String> committedFiles(Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            Set<String> files = new HashSet<>(commit.files(true));
            files.add(commit.getUserData().get("pfocr.synonym_file"));
            return files;
        }
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new HashSet<>();
            files.forEach(file -> names.add(file.getFileName().toString()));
            return names;
        }
    }

    private static IndexSummary run(IndexOptions options) throws Exception {
        return new FigureIndexer(options, IndexListener.SILENT).run();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** What an index answers: its commit, its figures, and the hits (with scores) of a few queries. */
    private record Answers(long generation, Map<String, String> commitData, Set<String> figids, List<String> hits) {

        static Answers of(Path index) throws Exception {
            long generation;
            Map<String, String> commitData;
            Set<String> figids = new TreeSet<>();
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
                generation = reader.getIndexCommit().getGeneration();
                commitData = reader.getIndexCommit().getUserData();
                StoredFields stored = reader.storedFields();
                Bits live = MultiBits.getLiveDocs(reader);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        figids.add(stored.document(doc, Set.of(FigureFields.FIGID)).get(FigureFields.FIGID));
                    }
                }
            }
            List<String> hits = new ArrayList<>();
            try (FigureSearcher searcher = FigureSearcher.open(index)) {
                for (String query : QUERIES) {
                    SearchResults results = searcher.search(SearchRequest.of(query).withLimit(20).withFacets(true));
                    hits.add(query + " " + results.total() + " " + results.facets() + " " + results.hits().stream()
                            .map(hit -> hit.figid() + "=" + hit.score() + " " + hit.snippet()).toList());
                }
            }
            assertNotEquals(0, figids.size());
            return new Answers(generation, commitData, figids, hits);
        }
    }
}
