package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synonyms of a commit live in a file beside it: the commit's user data stays small and names
 * the file, old files go once no commit a search may hold names them, damage is found by the
 * file's checksum, and indexes written with the synonyms in the user data are still read.
 */
class SynonymFileTest {

    private static final Path FIGURES = Path.of(System.getProperty("pfocr.testdata", "../testdata"), "figures");
    /** Far below the 2 MB of base64 the synonym map alone took in the user data. */
    private static final int SMALL_USER_DATA = 10_000;

    @TempDir
    Path temp;

    private Path index() {
        return temp.resolve("index");
    }

    private void index(IndexOptions options) throws Exception {
        new FigureIndexer(options, new IndexListener() {
        }).run();
    }

    private IndexOptions rebuild() {
        return IndexOptions.rebuild(index(), List.of(FIGURES));
    }

    private Map<String, String> userData() throws IOException {
        try (Directory directory = FSDirectory.open(index())) {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    private IndexMetadata metadata(Map<String, String> userData) throws IOException {
        try (Directory directory = FSDirectory.open(index())) {
            return IndexMetadata.read(directory, userData);
        }
    }

    private List<String> synonymFiles() throws IOException {
        try (Stream<Path> files = Files.list(index())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("pfocr-synonyms-")).sorted().toList();
        }
    }

    private Path rulesFile(String rules) throws IOException {
        Path file = Files.createTempFile(temp, "rules", ".txt");
        Files.writeString(file, rules);
        return file;
    }

    @Test
    void theCommitNamesAFileHoldingTheSynonymsAndStaysSmall() throws Exception {
        index(rebuild().withSynonyms(null, List.of(rulesFile("osteoclastogenesis, osteoclast formation\n"))));
        Map<String, String> userData = userData();
        int size = userData.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        assertTrue(size < SMALL_USER_DATA, "user data of " + size + " characters: " + userData.keySet());
        assertEquals(List.of(userData.get("pfocr.synonym_file")), synonymFiles());
        IndexMetadata metadata = metadata(userData);
        assertTrue(metadata.synonymMap().length > 100_000, "the bundled aliases are in the map");
        assertTrue(metadata.userRules().contains("osteoclast formation"), metadata.userRules());
    }

    @Test
    void aFileStaysWhileTheLastOrTheCommitBeforeNamesIt() throws Exception {
        index(rebuild());
        String first = userData().get("pfocr.synonym_file");
        index(rebuild());
        assertEquals(first, userData().get("pfocr.synonym_file"), "the same synonyms, the same file");
        assertEquals(List.of(first), synonymFiles());

        index(rebuild().withSynonyms(null, List.of(rulesFile("wingless => wg\n"))));
        String second = userData().get("pfocr.synonym_file");
        assertEquals(List.of(first, second).stream().sorted().toList(), synonymFiles(),
                "the file of the commit before stays for searches that opened it");
        index(IndexOptions.rebuild(index(), List.of()).withUpdate(true));
        assertEquals(List.of(first, second).stream().sorted().toList(), synonymFiles(),
                "an update that changes nothing leaves the files as they were");
        Path newSource = Files.createDirectories(temp.resolve("new-source"));
        index(IndexOptions.rebuild(index(), List.of(newSource)).withUpdate(true));
        assertEquals(List.of(second), synonymFiles(), "an update keeps the saved rules, so their file");

        index(rebuild().withSynonyms(null, List.of(rulesFile("wingless => wnt1\n"))));
        index(rebuild());
        assertEquals(2, synonymFiles().size(), synonymFiles().toString());
        assertTrue(synonymFiles().contains(first) && !synonymFiles().contains(second), synonymFiles().toString());
    }

    @Test
    void aDamagedFileFailsItsChecksARebuildMendsItAndAWeirdNameIsRefused() throws Exception {
        index(rebuild());
        Map<String, String> userData = userData();
        Path file = index().resolve(userData.get("pfocr.synonym_file"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertThrows(CorruptIndexException.class, () -> metadata(userData));
        index(rebuild());
        assertEquals(userData.get("pfocr.synonym_file"), userData().get("pfocr.synonym_file"));
        assertTrue(metadata(userData()).synonymMap().length > 0, "a rebuild with the same synonyms mends the file");

        Map<String, String> elsewhere = new HashMap<>(userData);
        elsewhere.put("pfocr.synonym_file", "../" + file.getFileName());
        assertThrows(CorruptIndexException.class, () -> metadata(elsewhere));
    }

    @Test
    void aRebuildReplacesADamagedFileAndAnUpdateRefusesToGuess() throws Exception {
        index(rebuild());
        Files.delete(index().resolve(userData().get("pfocr.synonym_file")));
        IndexingException refused = assertThrows(IndexingException.class,
                () -> index(IndexOptions.rebuild(index(), List.of()).withUpdate(true)));
        assertTrue(refused.getMessage().contains("rebuild the index without --update"), refused.getMessage());

        index(rebuild());
        assertEquals(List.of(userData().get("pfocr.synonym_file")), synonymFiles());
        assertTrue(metadata(userData()).synonymMap().length > 0);
    }

    @Test
    void anIndexWithTheSynonymsInItsCommitIsStillReadAndUpdated() throws Exception {
        index(rebuild());
        IndexMetadata current = metadata(userData());
        Map<String, String> old = new HashMap<>(userData());
        old.remove("pfocr.synonym_file");
        old.put("pfocr.synonym_map", Base64.getEncoder().encodeToString(current.synonymMap()));
        old.put("pfocr.gene_info_rules", "");
        old.put("pfocr.user_rules", gzipBase64("wingless => wg\n"));
        try (Directory directory = FSDirectory.open(index());
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(new ArrayList<>(old.entrySet()));
            writer.commit();
        }
        for (String name : synonymFiles()) {
            Files.delete(index().resolve(name));
        }

        IndexMetadata read = metadata(userData());
        assertArrayEquals(current.synonymMap(), read.synonymMap());
        assertEquals("wingless => wg\n", read.userRules());
        assertEquals(current.synonymCounts(), read.synonymCounts());

        index(IndexOptions.rebuild(index(), List.of()).withUpdate(true));
        assertTrue(userData().containsKey("pfocr.synonym_file") && !userData().containsKey("pfocr.synonym_map"));
        assertEquals("wingless => wg\n", metadata(userData()).userRules(), "the update kept the saved rules");
    }

    private static String gzipBase64(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
