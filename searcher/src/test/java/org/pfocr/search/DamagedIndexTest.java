package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.QueryException;
import org.pfocr.results.SearchResults;

/**
 * Damaged index files, in the compound layout pfocr writes and in the one-file-per-part layout
 * merges can produce: every file truncated, every file with a flipped byte. Opening or searching
 * either works as before or fails with {@link IndexUnavailableException.Reason#DAMAGED} and a
 * one-line message saying to rebuild, never anything else; {@link IndexCheck} finds every one.
 */
class DamagedIndexTest {

    /** Searches that read every part of a figure: postings, positions, stored fields, doc values, points. */
    private static final List<SearchRequest> SEARCHES = List.of(
            SearchRequest.of("*:*").withLimit(100).withFacets(true),
            SearchRequest.of("STAT3 OR \"bone resorption\" OR caption:pathway*").withLimit(100),
            SearchRequest.of("year:[2000 TO 2030]").withLimit(100).withSort(SortOrder.YEAR),
            SearchRequest.of("organism:human AND genes:TNFSF11").withFacets(true));

    @TempDir
    static Path temp;
    private static final AtomicInteger COPIES = new AtomicInteger();
    private static Path compound;
    private static Path separate;
    private static List<String> cleanAnswers;

    @BeforeAll
    static void buildIndexes() throws IOException {
        compound = TestIndexes.index(temp.resolve("compound"), List.of(TestIndexes.testdata().resolve("figures")));
        separate = temp.resolve("separate");
        copy(compound, separate);
        rewriteWithoutCompoundFiles(separate);
        try (FigureSearcher searcher = FigureSearcher.open(compound)) {
            cleanAnswers = answers(searcher);
        } catch (QueryException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theIndexesAreCleanAndAnswerBeforeAnyDamage() throws Exception {
        for (Path index : List.of(compound, separate)) {
            assertTrue(IndexCheck.run(index).clean(), index.toString());
            assertEquals(Outcome.ANSWERED_AS_BEFORE, outcome(index));
        }
        assertTrue(files(separate).stream().anyMatch(name -> name.endsWith(".doc")), files(separate).toString());
    }

    @Test
    void aMissingSegmentInfoFileIsNamedByCheck() throws Exception {
        Path copy = temp.resolve("missing-si");
        copy(separate, copy);
        String segmentInfo = files(copy).stream().filter(name -> name.endsWith(".si")).findFirst().orElseThrow();
        Files.delete(copy.resolve(segmentInfo));

        IndexCheck.Report report = IndexCheck.run(copy);

        assertFalse(report.clean());
        assertTrue(report.commitProblem().startsWith("the latest commit cannot be read: could not read segment")
                && report.commitProblem().contains(segmentInfo + " is missing or corrupt"), report.commitProblem());
    }

    @Test
    void everyTruncatedFileIsReportedAsDamagedAndFoundByCheck() throws Exception {
        Map<String, Outcome> outcomes = damageEveryFile((file, size) -> truncate(file, size / 2));
        outcomes.forEach((file, outcome) -> assertTrue(outcome.damaged(), file + ": " + outcome));
        assertSynonymFileDamagedOnOpen(outcomes);
        System.out.println("DamagedIndexTest truncated files: " + outcomes);
    }

    @Test
    void everyFlippedByteIsFoundByCheckAndNeverEscapesAsAnotherError() throws Exception {
        Map<String, Outcome> outcomes = damageEveryFile((file, size) -> flip(file, size / 2));
        System.out.println("DamagedIndexTest flipped bytes: " + outcomes);
        assertTrue(outcomes.values().stream().anyMatch(Outcome::damaged), "some flips show when searching");
        assertSynonymFileDamagedOnOpen(outcomes);
    }

    /** The synonym file is read whole, checksum and all, when a searcher opens the index. */
    private static void assertSynonymFileDamagedOnOpen(Map<String, Outcome> outcomes) {
        Map<String, Outcome> synonymFiles = new TreeMap<>(outcomes);
        synonymFiles.keySet().removeIf(file -> !file.contains("/pfocr-synonyms-"));
        assertEquals(2, synonymFiles.size(), "one synonym file in each layout: " + outcomes.keySet());
        synonymFiles.forEach((file, outcome) -> assertEquals(Outcome.DAMAGED_ON_OPEN, outcome, file));
    }

    /** What opening and searching a damaged copy gave. */
    private enum Outcome {
        /** Every search answered as on the sound index: the damage is in a part these searches do not read. */
        ANSWERED_AS_BEFORE,
        /**
         * Every search answered, some differently: Lucene verifies a file's checksum only when it
         * reads it whole, so only {@code pfocr check} can find such damage.
         */
        ANSWERED_DIFFERENTLY,
        DAMAGED_ON_OPEN,
        DAMAGED_ON_SEARCH;

        boolean damaged() {
            return this == DAMAGED_ON_OPEN || this == DAMAGED_ON_SEARCH;
        }
    }

    @FunctionalInterface
    private interface Damage {
        void apply(Path file, long size) throws IOException;
    }

    /**
     * Damages, one at a time, each file of each layout in a fresh copy; checks that the outcome is
     * one of the allowed ones and that {@link IndexCheck} reports the copy as damaged.
     */
    private static Map<String, Outcome> damageEveryFile(Damage damage) throws Exception {
        Map<String, Outcome> outcomes = new TreeMap<>();
        for (Path index : List.of(compound, separate)) {
            for (String name : files(index)) {
                Path copy = temp.resolve("damaged-" + COPIES.incrementAndGet());
                copy(index, copy);
                Path file = copy.resolve(name);
                damage.apply(file, Files.size(file));
                outcomes.put(index.getFileName() + "/" + name, outcome(copy));
                assertFalse(IndexCheck.run(copy).clean(), "check finds " + index.getFileName() + "/" + name);
            }
        }
        return outcomes;
    }

    private static Outcome outcome(Path index) throws Exception {
        FigureSearcher searcher;
        try {
            searcher = FigureSearcher.open(index);
        } catch (IndexUnavailableException e) {
            assertDamageMessage(index, e);
            return Outcome.DAMAGED_ON_OPEN;
        }
        try (searcher) {
            return answers(searcher).equals(cleanAnswers) ? Outcome.ANSWERED_AS_BEFORE : Outcome.ANSWERED_DIFFERENTLY;
        } catch (IndexUnavailableException e) {
            assertDamageMessage(index, e);
            return Outcome.DAMAGED_ON_SEARCH;
        }
    }

    /** The answers to {@link #SEARCHES}: totals, figids with titles and years, facets. */
    private static List<String> answers(FigureSearcher searcher) throws IOException, QueryException {
        List<String> answers = new ArrayList<>();
        for (SearchRequest request : SEARCHES) {
            SearchResults results = searcher.search(request);
            answers.add(results.total() + " " + results.hits().stream()
                    .map(hit -> hit.figid() + "|" + hit.title() + "|" + hit.year() + "|" + hit.genes()).toList()
                    + " " + results.facets());
        }
        return answers;
    }

    private static void assertDamageMessage(Path index, IndexUnavailableException e) {
        assertEquals(IndexUnavailableException.Reason.DAMAGED, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("the index at " + index + " is damaged")
                && e.getMessage().endsWith("rebuild it with 'pfocr index --index " + index + " SOURCE...'"), e.getMessage());
    }

    /** The index files, without the lock. */
    private static List<String> files(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals(IndexWriter.WRITE_LOCK_NAME)).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : files(from)) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private static void flip(Path file, long position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) position] ^= (byte) 0x5A;
        Files.write(file, bytes);
    }

    /** Rewrites the index as one segment with one file per part (.doc, .tim, .fdt...), keeping its commit data. */
    private static void rewriteWithoutCompoundFiles(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index)) {
            Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
            TieredMergePolicy mergePolicy = new TieredMergePolicy();
            mergePolicy.setNoCFSRatio(0);
            IndexWriterConfig config = new IndexWriterConfig().setUseCompoundFile(false).setMergePolicy(mergePolicy);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                writer.forceMerge(1);
                writer.setLiveCommitData(new ArrayList<>(userData.entrySet()));
                writer.commit();
            }
        }
    }
}
