package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.generate.CorpusGenerator;

/**
 * {@link BlockYaml} reads what it reads exactly as the general parser does, and gives up on the
 * rest: checked on hand-written cases, on every real and bundled record, on a generated corpus,
 * and on thousands of randomly damaged records.
 */
class BlockYamlTest {

    private static final Path PATH = Path.of("record.md");
    private static final Pattern DELIMITER = Pattern.compile("(?m)^(---|\\.\\.\\.)\\s*$");
    private static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../testdata")).resolve("figures");
    private static final Path SHARED = Path.of(System.getProperty("pfocr.shared", "../../shared"));

    @TempDir
    Path temp;

    @Test
    void readsTheSubsetAsTheGeneralParserDoes() throws RecordException {
        List<String> inSubset = List.of(
                "a: x\nb: 1\n",
                "a:\nb: 1\n",
                "a: ~\nb: null\nc: Null\nd: NULL\ne: nUll\n",
                "a: ''\nb: \"\"\nc: 'null'\n",
                "a: true\nb: 0123\nc: 1.5e3\nd: 2011-05-03\ne: .nan\nf: NO\n",
                "a: [NA, 'b', \"c\"]\nb: []\nc: {}\nd: [null, x y]\n",
                "a:\n- x\n-\n- y\nb: 2\n",
                "a:\n  - x\n  - y\n",
                "a: x\n  y\n\n  z\nb: w\n",
                "a: 'it''s\n  here\n\n  there'\n",
                "a: \"q\\u00e9\\x41\\\n  b\"\n",
                "a: \"tab\\there \\\" \\\\ \\N\\_\\L\\P \\U0001F600\"\n",
                "a: \"end \\ \n  next\"\n",
                "genes:\n- word: MAPK\n  symbol: MAPK\n  entrez: '6300'\n- word: 'IKKa/B'\n  symbol: IKK-beta\n",
                "'@context': https://schema.org/\n\"@id\": x\n",
                "k:\n  '@type': Organization\n  name: WikiPathways\n  kw:\n  - A\n  - B\n",
                "# comment\na: x\n\n# at the margin\nb:\n  # before the block\n  - y\n",
                "a: http://x.org/a:b\nb: x:y\n",
                "nested:\n- - a\n  - b\n- c\n",
                "a: café – κB\nb: МyD88\n");
        for (String yaml : inSubset) {
            YamlFields fast = BlockYaml.read(yaml);
            assertNotNull(fast, () -> "outside the subset: " + yaml);
            assertSameAsGeneralParser(yaml, fast);
        }
    }

    @Test
    void givesUpOnTheRestOfYaml() {
        List<String> outside = List.of(
                "a: &r x\nb: *r\n",
                "a: !!str x\n",
                "a: |\n  lit\n  two\n",
                "a: >\n  folded\n",
                "a: {b: c}\n",
                "a: [x,\n  y]\n",
                "a:\tx\n",
                "a: b: c\n",
                "- x\n- y\n",
                "just text\n",
                "",
                "# only a comment\n",
                "a: 'open\n",
                "a: -5\n",
                "? complex\n: key\n",
                "a: x\u0085y\n",
                "a: \u0001\n",
                "a: x\n\n  # a comment ends a plain value\n",
                "c: a # a comment after a plain value\n",
                "a:\n  text on the next line\n",
                "dup: 1\ndup: 2\n"); // the general reader reports a key set twice
        for (String yaml : outside) {
            assertNull(BlockYaml.read(yaml), () -> "read: " + yaml);
        }
    }

    @Test
    void readsEveryBundledAndRealRecordAsTheGeneralParserDoes() throws IOException, RecordException {
        List<Path> records = new ArrayList<>(recordFiles(TESTDATA));
        records.addAll(recordFiles(SHARED.resolve("pfocr-sample")));
        records.addAll(recordFiles(SHARED.resolve("seeds")));
        assertTrue(records.size() >= 18, "the bundled records at least");
        for (Path record : records) {
            String yaml = frontMatterWithJsonLd(record);
            YamlFields fast = BlockYaml.read(yaml);
            assertNotNull(fast, () -> record + " is outside the subset");
            assertSameAsGeneralParser(yaml, fast);
        }
    }

    @Test
    void readsAGeneratedCorpusAsTheGeneralParserDoes() throws IOException, RecordException {
        CorpusGenerator.generate(TESTDATA, temp.resolve("corpus"), 300, 5);
        for (Path record : recordFiles(temp.resolve("corpus"))) {
            String yaml = frontMatterWithJsonLd(record);
            YamlFields fast = BlockYaml.read(yaml);
            assertNotNull(fast, () -> record + " is outside the subset");
            assertSameAsGeneralParser(yaml, fast);
        }
    }

    @Test
    void damagedRecordsAreReadAsTheGeneralParserReadsThemOrLeftToIt() throws IOException, RecordException {
        List<String> texts = new ArrayList<>();
        for (Path record : recordFiles(TESTDATA)) {
            texts.add(frontMatterWithJsonLd(record));
        }
        String[] damage = {":", ": ", " #", "#", "'", "\"", "''", "\\", "- ", "-", "[", "]", "{}", "\n", "\n\n", "  ",
            " ", "\t", "~", "null", "&a ", "*a", "|", ">", "\"\\u00e9\"", "'x'", "\n- ", "\n  ", "\nk: "};
        SplittableRandom random = new SplittableRandom(11);
        int readFast = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder yaml = new StringBuilder(texts.get(random.nextInt(texts.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(yaml.length() + 1);
                if (random.nextBoolean() && at < yaml.length()) {
                    yaml.deleteCharAt(at);
                }
                yaml.insert(Math.min(at, yaml.length()), damage[random.nextInt(damage.length)]);
            }
            if (DELIMITER.matcher(yaml).find() || yaml.charAt(yaml.length() - 1) != '\n') {
                continue; // damage that leaves no front matter to read: not YAML's business
            }
            YamlFields fast = BlockYaml.read(yaml.toString());
            if (fast != null) {
                readFast++;
                assertSameAsGeneralParser(yaml.toString(), fast);
            }
        }
        assertTrue(readFast > 1000, "most damaged records stay in the subset: " + readFast);
    }

    private static void assertSameAsGeneralParser(String yaml, YamlFields fast) throws RecordException {
        YamlFields general = FrontMatterFields.readAnyYaml(FrontMatter.extract("---\n" + yaml + "---\n", PATH), PATH);
        assertEquals(general.fields(), fast.fields(), () -> "fields of\n" + yaml);
        assertEquals(general.keyLines(), fast.keyLines(), () -> "key lines of\n" + yaml);
    }

    /** The front matter with the structured-data block kept (renamed), for its nested mappings. */
    private static String frontMatterWithJsonLd(Path record) throws IOException {
        String text = Files.readString(record, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int end = text.indexOf("\n---", 4);
        return text.substring(4, end + 1).replace("\nschema-jsonld:", "\nschema_jsonld:");
    }

    private static List<Path> recordFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
