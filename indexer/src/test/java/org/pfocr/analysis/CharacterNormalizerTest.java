package org.pfocr.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

/**
 * The normaliser gives the text and offsets of the Lucene character filters it stands for (a
 * {@link MappingCharFilter} of {@code character-mappings.tsv}, then the NF-κB and spaced-number
 * {@link PatternReplaceCharFilter}s), and leaves alone the texts they would not change.
 */
class CharacterNormalizerTest {

    private static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../testdata")).resolve("figures");
    private static final Path SHARED_RECORDS =
            Path.of(System.getProperty("pfocr.shared", "../shared")).resolve("pfocr-sample");
    private static final NormalizeCharMap MAPPINGS = mappings();

    @Test
    void textsThatAFilterChangesAreRewritten() {
        for (String text : List.of("NF-κB", "TNF-α", "МyD88", "NF-kB", "NFkB", "IkB", "NF kappa B", "I kappa b", "nf-KB", "IL 6",
                "TLR 4 signalling", "a\u2010b", "x\u2013y", "soft\u00ADhyphen", "IκB")) {
            Reader normalized = CharacterNormalizer.wrap(new StringReader(text));
            assertInstanceOf(CharFilter.class, normalized, text);
            assertNotEquals(text, readAll(normalized), text);
            assertSameAsLuceneFilters(text);
        }
    }

    @Test
    void testdataTextsAreNormalizedAsByTheFiltersAndMostAreLeftAlone() throws IOException {
        List<String> texts = new ArrayList<>(List.of("STAT3", "IL-6", "interleukin 6", "NF", "kB", "Bcl-2", "p38 MAPK",
                "IL6 and TNF", "iNOS", "ILK 1234", "", "café", "NF-kappaB"));
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        int leftAlone = 0;
        for (String text : texts) {
            assertSameAsLuceneFilters(text);
            leftAlone += CharacterNormalizer.wrap(new StringReader(text)) instanceof CharFilter ? 0 : 1;
        }
        assertTrue(leftAlone > texts.size() / 2, "most lines need no filter: " + leftAlone + " of " + texts.size());
    }

    @Test
    void realRecordsAreNormalizedAsByTheFilters() throws IOException {
        assumeTrue(Files.isDirectory(SHARED_RECORDS), SHARED_RECORDS + " absent: skipping the real records");
        int rewritten = 0;
        try (Stream<Path> files = Files.walk(SHARED_RECORDS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertSameAsLuceneFilters(text);
                rewritten += CharacterNormalizer.wrap(new StringReader(text)) instanceof CharFilter ? 1 : 0;
            }
        }
        assertTrue(rewritten > 0, "some real records hold Greek letters or NF-kB");
    }

    @Test
    void randomTextsAreNormalizedAsByTheFilters() {
        // Letters of NF-kB and IL 6 spellings, Greek letters spelled out longer, a look-alike, a
        // mapping to nothing (soft hyphen), hyphen and dash variants.
        String alphabet = "NFIikKapBbL16 -.κακΜ\u00AD\u2010\u2013";
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(16); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsLuceneFilters(text.toString());
        }
    }

    @Test
    void unchangedTextsAreReadAsTheyAre() {
        for (String text : List.of("STAT3", "NF", "ILK 1234", "", "kinase B")) {
            assertFalse(CharacterNormalizer.wrap(new StringReader(text)) instanceof CharFilter, text);
        }
    }

    /** The normalised text and the corrected offset of each of its positions are those of the filters. */
    private static void assertSameAsLuceneFilters(String text) {
        Reader expected = luceneFilters(text);
        Reader actual = CharacterNormalizer.wrap(new StringReader(text));
        String expectedText = readAll(expected);
        assertEquals(expectedText, readAll(actual), () -> "text of " + text);
        assertArrayEquals(offsets(expected, expectedText.length()), offsets(actual, expectedText.length()),
                () -> "offsets of " + text + " -> " + expectedText);
    }

    private static int[] offsets(Reader reader, int length) {
        int[] corrected = new int[length + 1];
        for (int offset = 0; offset <= length; offset++) {
            corrected[offset] = reader instanceof CharFilter filter ? filter.correctOffset(offset) : offset;
        }
        return corrected;
    }

    private static Reader luceneFilters(String text) {
        Reader mapped = new MappingCharFilter(MAPPINGS, new StringReader(text));
        Reader kappa = new PatternReplaceCharFilter(CharacterNormalizer.NF_KAPPA_B, "$1-kappaB", mapped);
        return new PatternReplaceCharFilter(CharacterNormalizer.SPACED_NUMBER, "$1$2", kappa);
    }

    private static NormalizeCharMap mappings() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        CharacterNormalizer.replacements().forEach((from, to) -> builder.add(String.valueOf(from), to));
        return builder.build();
    }

    /** The whole text of {@code reader}. */
    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        try {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
