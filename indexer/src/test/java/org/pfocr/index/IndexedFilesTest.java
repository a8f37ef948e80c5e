package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.pfocr.schema.FigureFields;

/** Files are looked up in the index's last commit, each taken once; the rest are listed afterwards. */
class IndexedFilesTest {

    @Test
    void aFileIsTakenOnceAndTheOthersAreListedAfterwards() throws Exception {
        try (Directory directory = index(Map.of("/a.md", "F1", "/b.md", "F2", "/c.md", "F3"));
                IndexedFiles files = IndexedFiles.open(directory)) {
            assertEquals(new IndexedFile("stamp of /a.md", "F1"), files.take("/a.md"));
            assertNull(files.take("/a.md"), "taken already");
            assertNull(files.take("/d.md"), "not in the index");

            assertEquals(Map.of("/b.md", "F2", "/c.md", "F3"), notTaken(files));
            Map<String, String> wanted = new TreeMap<>();
            files.forEachNotTaken("F3"::equals, wanted::put);
            assertEquals(Map.of("/c.md", "F3"), wanted, "only the figids wanted");
        }
    }

    @Test
    void aFigureReplacedInALaterSegmentIsFoundAsItIsNow() throws Exception {
        try (Directory directory = index(Map.of("/a.md", "F1", "/b.md", "F2", "/c.md", "F3"))) {
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                writer.updateDocument(new Term(FigureFields.FIGID, "F1"), figure("/a.md", "F1", "stamp 2"));
                writer.deleteDocuments(new Term(FigureFields.SOURCE_PATH, "/c.md"));
                writer.commit();
            }
            try (IndexedFiles files = IndexedFiles.open(directory)) {
                assertEquals(Map.of("/a.md", "F1", "/b.md", "F2"), notTaken(files),
                        "deleted documents are not listed");
                assertEquals(new IndexedFile("stamp 2", "F1"), files.take("/a.md"),
                        "the first segment still holds the old figure, deleted");
                assertNull(files.take("/c.md"), "deleted");
            }
        }
    }

    @Test
    void threadsTakingTheSameFilesTakeEachOnce() throws Exception {
        Map<String, String> figids = new TreeMap<>();
        for (int i = 0; i < 500; i++) {
            figids.put("/f" + i + ".md", "F" + i);
        }
        try (Directory directory = index(figids); IndexedFiles files = IndexedFiles.open(directory)) {
            AtomicInteger taken = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(threads.submit(() -> {
                        for (String path : figids.keySet()) {
                            if (files.take(path) != null) {
                                taken.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                threads.shutdown();
            }
            assertEquals(figids.size(), taken.get());
            assertEquals(Map.of(), notTaken(files));
        }
    }

    @Test
    void stampsAndFigidsAreReadFromDocValuesInAnyOrder() throws Exception {
        Map<String, String> figids = Map.of("/a.md", "F1", "/b.md", "F2", "/c.md", "F3", "/d.md", "F4");
        try (Directory directory = index(figids, Stamp.DOC_VALUES_ONLY); IndexedFiles files = IndexedFiles.open(directory)) {
            for (String path : List.of("/d.md", "/b.md", "/c.md", "/a.md")) {
                assertEquals(new IndexedFile("stamp of " + path, figids.get(path)), files.take(path), path);
            }
        }
    }

    @Test
    void anIndexWhoseStampsAreStoredOnlyIsReadAsWellAsOneUpdatedSince() throws Exception {
        try (Directory directory = index(Map.of("/a.md", "F1", "/b.md", "F2"), Stamp.STORED_ONLY)) {
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                writer.updateDocument(new Term(FigureFields.FIGID, "F1"), figure("/a.md", "F1", "stamp 2", Stamp.DOC_VALUES_ONLY));
                writer.commit();
            }
            try (IndexedFiles files = IndexedFiles.open(directory)) {
                assertEquals(new IndexedFile("stamp of /b.md", "F2"), files.take("/b.md"), "an earlier build's figure");
                assertEquals(new IndexedFile("stamp 2", "F1"), files.take("/a.md"), "a figure written since");
            }
        }
    }

    @Test
    void noneHoldsNothing() throws Exception {
        try (IndexedFiles files = IndexedFiles.none()) {
            assertNull(files.take("/a.md"));
            assertEquals(Map.of(), notTaken(files));
        }
    }

    /** The files not taken, path to figid, checking that their paths alone are listed alike. */
    private static Map<String, String> notTaken(IndexedFiles files) throws Exception {
        Map<String, String> left = new TreeMap<>();
        files.forEachNotTaken(figid -> true, left::put);
        List<String> paths = new ArrayList<>();
        files.forEachPathNotTaken(paths::add);
        paths.sort(null); // in term order segment by segment
        assertEquals(List.copyOf(left.keySet()), paths);
        return left;
    }

    /** Where a figure's stamp is: where pfocr writes it, where earlier builds did, or in doc values alone. */
    private enum Stamp {
        STORED_AND_DOC_VALUES,
        STORED_ONLY,
        DOC_VALUES_ONLY
    }

    /** An index of figures by path, as pfocr writes them. */
    private static Directory index(Map<String, String> figidsByPath) throws Exception {
        return index(figidsByPath, Stamp.STORED_AND_DOC_VALUES);
    }

    /** An index of figures by path, a segment of a few figures each so that lookups cross segments. */
    private static Directory index(Map<String, String> figidsByPath, Stamp stamp) throws Exception {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, config().setMaxBufferedDocs(2))) {
            for (Map.Entry<String, String> file : new TreeMap<>(figidsByPath).entrySet()) {
                writer.addDocument(figure(file.getKey(), file.getValue(), "stamp of " + file.getKey(), stamp));
            }
            writer.commit();
        }
        return directory;
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    }

    private static Document figure(String path, String figid, String stamp) {
        return figure(path, figid, stamp, Stamp.STORED_AND_DOC_VALUES);
    }

    private static Document figure(String path, String figid, String stamp, Stamp where) {
        Document figure = new Document();
        figure.add(new StringField(FigureFields.FIGID, figid, Field.Store.YES));
        figure.add(new SortedDocValuesField(FigureFields.FIGID, new BytesRef(figid)));
        figure.add(new StringField(FigureFields.SOURCE_PATH, path, Field.Store.YES));
        if (where != Stamp.DOC_VALUES_ONLY) {
            figure.add(new StoredField(FigureFields.SOURCE_STAMP, stamp));
        }
        if (where != Stamp.STORED_ONLY) {
            figure.add(new BinaryDocValuesField(FigureFields.SOURCE_STAMP_VALUES, new BytesRef(stamp)));
        }
        return figure;
    }
}
