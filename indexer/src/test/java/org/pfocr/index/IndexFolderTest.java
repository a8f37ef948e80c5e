package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index is written only where Lucene's writer, which deletes the files that look like its own
 * and that no commit uses, cannot take anything that is not an index's.
 */
class IndexFolderTest {

    private static final Path FIGURES = Path.of(System.getProperty("pfocr.testdata", "../testdata"), "figures");
    private static final int TESTDATA_FIGURES = 18;

    @TempDir
    Path temp;

    private IndexSummary index(Path index, boolean update) throws Exception {
        return new FigureIndexer(IndexOptions.rebuild(index, List.of(FIGURES)).withUpdate(update), new IndexListener() {
        }).run();
    }

    private static int figures(Path index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.numDocs();
        }
    }

    @Test
    void aFolderWithFilesAndNoIndexIsRefusedAndKeepsThem() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        for (String name : List.of("_config.yml", "_notes.md", "index.md")) {
            Files.writeString(site.resolve(name), name);
        }
        Files.createDirectories(site.resolve("_layouts"));

        for (boolean update : List.of(false, true)) {
            InvalidOptionException error = assertThrows(InvalidOptionException.class, () -> index(site, update));
            assertEquals("--index " + site + " is a folder with files and no index (_config.yml, _layouts, _notes.md, …):"
                    + " name a new or empty folder for the index", error.getMessage());
        }
        try (var left = Files.list(site)) {
            assertEquals(4, left.count(), "the folder's files were touched");
        }
        assertEquals("_config.yml", Files.readString(site.resolve("_config.yml")));
    }

    @Test
    void whatAKilledFirstRunLeftAndHiddenFilesAreNoObstacle() throws Exception {
        Path index = temp.resolve("index");
        index(index, false);
        Path left = Files.createDirectories(temp.resolve("left"));
        try (var files = Files.list(index)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().startsWith("segments_")) {
                    Files.copy(file, left.resolve(file.getFileName()));
                }
            }
        }
        Files.writeString(left.resolve("pfocr-synonyms-_new_0.tmp"), "half written");
        Files.writeString(left.resolve(".DS_Store"), "the system's");
        Files.writeString(left.resolve("_1_sort_0.tmp"), "half written");

        assertEquals(TESTDATA_FIGURES, index(left, false).figuresInIndex());
        assertTrue(Files.notExists(left.resolve("_1_sort_0.tmp")), "the writer cleans up what was left");
        assertTrue(Files.notExists(left.resolve("pfocr-synonyms-_new_0.tmp")), "and so does the run");
        assertEquals("the system's", Files.readString(left.resolve(".DS_Store")));
    }

    @Test
    void anIndexFolderHoldingFilesThatOnlyLookLikeTheIndexsIsRefusedAndKeepsThem() throws Exception {
        Path index = temp.resolve("index");
        index(index, false);
        Files.writeString(index.resolve("notes.txt"), "mine");
        Files.writeString(index.resolve("pfocr-synonyms-mine.bin"), "mine");
        assertEquals(TESTDATA_FIGURES, index(index, true).figuresInIndex(), "files the writer leaves alone are no obstacle");
        assertEquals(TESTDATA_FIGURES, index(index, false).figuresInIndex());
        assertEquals("mine", Files.readString(index.resolve("pfocr-synonyms-mine.bin")));

        Files.writeString(index.resolve("_config.yml"), "mine");
        Files.writeString(index.resolve("segments.txt"), "mine");
        for (boolean update : List.of(false, true)) {
            InvalidOptionException error = assertThrows(InvalidOptionException.class, () -> index(index, update));
            assertEquals("--index " + index + " holds files whose names look like the index's but are not (_config.yml,"
                    + " segments.txt): move them out of the folder, since writing the index would delete them",
                    error.getMessage());
        }
        assertEquals("mine", Files.readString(index.resolve("_config.yml")));
        assertEquals("mine", Files.readString(index.resolve("segments.txt")));
        Files.delete(index.resolve("segments.txt")); // which Lucene's reader takes for a commit too
        assertEquals(TESTDATA_FIGURES, figures(index), "the index was left as it was");
    }

    @Test
    void aLuceneIndexPfocrDidNotWriteIsLeftAlone() throws Exception {
        Path other = temp.resolve("other");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(other), new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "theirs", Field.Store.YES));
            writer.addDocument(doc);
        }

        InvalidOptionException error = assertThrows(InvalidOptionException.class, () -> index(other, false));
        assertEquals("--index " + other + " holds a Lucene index that pfocr did not write: name another folder for the"
                + " figure index", error.getMessage());
        assertEquals(1, figures(other));
    }

    @Test
    void aFileIsNotAnIndexFolder() throws Exception {
        Path file = Files.writeString(temp.resolve("afile"), "mine");
        InvalidOptionException error = assertThrows(InvalidOptionException.class, () -> index(file, false));
        assertEquals("--index " + file + " is a file: name a folder for the index", error.getMessage());
        assertEquals("mine", Files.readString(file));
    }
}
