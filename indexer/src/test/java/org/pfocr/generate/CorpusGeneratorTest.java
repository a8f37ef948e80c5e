package org.pfocr.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.Problem;
import org.pfocr.record.RecordException;
import org.pfocr.record.RecordParser;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SourceWalker;

/** Generated corpora, recombined from the bundled records in {@code testdata/figures}. */
class CorpusGeneratorTest {

    private static final Path TEMPLATES =
            Path.of(System.getProperty("pfocr.testdata", "../testdata")).resolve("figures");

    @TempDir
    Path temp;

    @BeforeEach
    void requireTestdata() {
        assumeTrue(Files.isDirectory(TEMPLATES), TEMPLATES.toAbsolutePath() + " absent: skipping");
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        CorpusGenerator.generate(TEMPLATES, temp.resolve("a"), 40, 7);
        CorpusGenerator.generate(TEMPLATES, temp.resolve("b"), 40, 7);
        CorpusGenerator.generate(TEMPLATES, temp.resolve("c"), 40, 8);
        assertEquals(contents(temp.resolve("a")), contents(temp.resolve("b")));
        assertNotEquals(contents(temp.resolve("a")), contents(temp.resolve("c")));
    }

    @Test
    void everyRecordParsesCleanlyAsAFigureOfItsOwn() throws IOException, RecordException {
        GeneratedCorpus corpus = CorpusGenerator.generate(TEMPLATES, temp.resolve("out"), 200, 1);
        List<Problem> problems = new ArrayList<>();
        List<FigureRecord> records = parse(temp.resolve("out"), problems);
        assertEquals(List.of(), problems);
        assertEquals(200, corpus.figures());
        assertEquals(200, records.size());
        assertEquals(200, records.stream().map(FigureRecord::figid).distinct().count(), "figids are unique");
        assertEquals(200, records.stream().map(FigureRecord::caption).distinct().count(), "captions differ");
        assertEquals(corpus.files(), fileCount(temp.resolve("out")));
        assertEquals(corpus.bytes(), byteCount(temp.resolve("out")));
    }

    @Test
    void keepsTheMixOfFormats() throws IOException {
        CorpusGenerator.generate(TEMPLATES, temp.resolve("out"), 200, 1);
        long inline = 0;
        long sidecar = 0;
        try (Stream<Path> records = Files.list(temp.resolve("out/_figures"))) {
            for (Path record : records.toList()) {
                inline += Files.readString(record).contains("\ngenes:\n") ? 1 : 0;
            }
        }
        try (Stream<Path> tables = Files.list(temp.resolve("out/_data"))) {
            sidecar = tables.filter(t -> t.toString().endsWith("-genes.tsv")).count();
        }
        assertTrue(inline > 0, "some records list their genes inline");
        assertTrue(sidecar > 0, "some records have a genes table");
    }

    @Test
    void captionsAreMadeOfTheTemplatesSentences() throws IOException, RecordException {
        Set<String> templateSentences = new HashSet<>();
        for (FigureRecord template : parse(TEMPLATES, new ArrayList<>())) {
            if (template.caption() != null) {
                templateSentences.addAll(TemplateSet.sentences(template.caption()));
            }
        }
        CorpusGenerator.generate(TEMPLATES, temp.resolve("out"), 100, 3);
        for (FigureRecord record : parse(temp.resolve("out"), new ArrayList<>())) {
            if (record.caption() != null) {
                for (String sentence : TemplateSet.sentences(record.caption())) {
                    assertTrue(templateSentences.contains(sentence), () -> "not a template's sentence: " + sentence);
                }
            }
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");
        GenerateException e = assertThrows(GenerateException.class,
                () -> CorpusGenerator.generate(TEMPLATES, temp, 10, 1));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void refusesATemplateFolderWithoutRecords() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        GenerateException e = assertThrows(GenerateException.class,
                () -> CorpusGenerator.generate(temp.resolve("empty"), temp.resolve("out"), 10, 1));
        assertTrue(e.getMessage().contains("no figure record"), e.getMessage());
    }

    private static List<FigureRecord> parse(Path folder, List<Problem> problems) throws RecordException {
        List<RecordFile> files = new ArrayList<>();
        SourceWalker.walk(List.of(folder), files::add, problems::add);
        RecordParser parser = new RecordParser();
        List<FigureRecord> records = new ArrayList<>();
        for (RecordFile file : files) {
            records.add(parser.parse(file, problems::add));
        }
        return records;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static long byteCount(Path folder) throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
        }
        return bytes;
    }
}
