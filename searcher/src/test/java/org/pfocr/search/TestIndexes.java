package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.document.SourceStamp;
import org.pfocr.generate.CorpusGenerator;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexingException;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.RecordParser;
import org.pfocr.schema.FigureFields;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SidecarLocator;
import org.pfocr.synonym.OrganismTable;

/** Builds the indexes the searcher tests run against: the real sample on ../shared, or the bundled testdata. */
final class TestIndexes {

    /** The index of ../shared, built once per test JVM (the tests on it only read it). */
    private static Path sharedIndex;
    private static FigureSearcher sharedSearcher;

    private TestIndexes() {
    }

    /** {@code ../shared}, skipping the calling test with a message when it is absent. */
    static Path shared() {
        Path shared = Path.of(System.getProperty("pfocr.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("pfocr-sample")),
                "../shared (real PFOCR sample) is absent: skipping tests on real data");
        return shared;
    }

    /** The bundled testdata folder of records we wrote ourselves. */
    static Path testdata() {
        return Path.of(System.getProperty("pfocr.testdata", "../testdata"));
    }

    /** Indexes the real sample and the seed record into {@code indexDir}. */
    private static Path indexShared(Path indexDir) {
        Path shared = shared();
        return index(indexDir, List.of(shared.resolve("pfocr-sample"), shared.resolve("seeds")));
    }

    /**
     * The index of the real sample and the seed record, built on first use in a temporary folder
     * that is removed when the test JVM exits; the calling test is skipped when ../shared is absent.
     */
    static synchronized Path sharedIndex() throws IOException {
        shared();
        if (sharedIndex == null) {
            Path folder = Files.createTempDirectory("pfocr-shared-index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> removeShared(folder)));
            sharedIndex = indexShared(folder.resolve("index"));
        }
        return sharedIndex;
    }

    /** A searcher on {@link #sharedIndex()}, open until the test JVM exits; tests must not close it. */
    static synchronized FigureSearcher sharedSearcher() throws IOException {
        if (sharedSearcher == null) {
            sharedSearcher = FigureSearcher.open(sharedIndex());
        }
        return sharedSearcher;
    }

    private static synchronized void removeShared(Path folder) {
        try {
            if (sharedSearcher != null) {
                sharedSearcher.close();
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            System.err.println("could not remove " + folder + ": " + e.getMessage());
        }
    }

    /** Indexes {@code sources} into {@code indexDir} with default options. */
    static Path index(Path indexDir, List<Path> sources) {
        try {
            new FigureIndexer(IndexOptions.rebuild(indexDir, sources), IndexListener.SILENT).run();
            return indexDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A snapshot of the last commit of the index at {@code index}; closing its reader closes it. */
    static IndexSnapshot openSnapshot(Path index) throws IOException {
        return IndexSnapshot.of(index, DirectoryReader.open(FSDirectory.open(index)));
    }

    /** A check made on a snapshot. */
    @FunctionalInterface
    interface SnapshotCheck {
        void check(IndexSnapshot snapshot) throws Exception;
    }

    /** An index of the bundled testdata, made in {@code temp}. */
    static Path testdataIndex(Path temp) {
        return index(temp.resolve("testdata"), List.of(testdata().resolve("figures")));
    }

    /** Runs {@code check} on a snapshot of the index at {@code index}, then closes it. */
    static void onSnapshot(Path index, SnapshotCheck check) throws Exception {
        IndexSnapshot snapshot = openSnapshot(index);
        try {
            check.check(snapshot);
        } finally {
            snapshot.reader().close();
        }
    }

    /**
     * Indexes {@code count} records recombined from the testdata (fixed {@code seed}) into
     * {@code folder}/index, then writes {@code retitled} of them again retitled
     * ({@link #rewriteWithoutMerging}): a segment of their own, and deleted figures in the others
     * (checked here).
     */
    static Path recombinedWithDeletions(Path folder, int count, long seed, int retitled) throws Exception {
        Path records = folder.resolve("records");
        CorpusGenerator.generate(testdata().resolve("figures"), records, count, seed);
        Path index = index(folder.resolve("index"), List.of(records));
        List<Path> changed;
        try (Stream<Path> figures = Files.list(records.resolve("_figures"))) {
            changed = figures.sorted().limit(retitled).toList();
        }
        for (Path record : changed) {
            TestCorpus.retitle(record, "Revised pathway figure");
        }
        rewriteWithoutMerging(index, changed);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(reader.leaves().size() > 1, "one segment only");
            assertTrue(reader.hasDeletions(), "no deleted figures");
            assertEquals(count, reader.numDocs(), "the retitled figures replace their old documents");
        }
        return index;
    }

    /**
     * Writes the figures of the record files {@code records} into {@code index} as an update
     * would (a figid already there is replaced), with a writer that never merges: a segment of
     * their own, and their old documents deleted in the others. An update itself may merge small
     * segments when it commits (Lucene's merges on commit), leaving one segment some of the time.
     */
    static void rewriteWithoutMerging(Path index, List<Path> records) throws Exception {
        RecordParser parser = new RecordParser();
        FigureDocumentBuilder builder = new FigureDocumentBuilder(OrganismTable.bundled());
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), config)) {
            for (Path record : records) {
                RecordFile file = SidecarLocator.locate(record);
                FigureRecord figure = parser.parse(file, problem -> { });
                writer.updateDocument(new Term(FigureFields.FIGID, figure.figid()),
                        builder.build(figure, SourceStamp.of(file), problem -> { }));
            }
            writer.commit();
        }
    }

    /** The stored captions of {@code docs}, in their order, as a search hands them to its highlighter. */
    static List<String> captions(IndexSearcher searcher, int[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<String> captions = new ArrayList<>();
        for (int doc : docs) {
            captions.add(stored.document(doc, Set.of(FigureFields.CAPTION)).get(FigureFields.CAPTION));
        }
        return captions;
    }

    /** Each hit of a page sorted by score, in rank order, as its document and the bits of its score. */
    static List<String> rankedWithScoreBits(TopDocs topDocs) {
        return Stream.of(topDocs.scoreDocs).map(hit -> hit.doc + ":" + Integer.toHexString(Float.floatToIntBits(
                (Float) ((FieldDoc) hit).fields[0]))).toList();
    }

    /** Whether {@code actual} is {@code expected} but for the rounding of float scores summed in another order. */
    static void assertScoreClose(float expected, float actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-5f * expected, what + ": expected " + expected + ", was " + actual);
    }
}
