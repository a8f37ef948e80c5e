package org.pfocr.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/** The filters are skipped exactly when they would change nothing. */
class CharacterNormalizerTest {

    private static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../testdata")).resolve("figures");

    @Test
    void textsThatAFilterChangesAreFiltered() {
        for (String text : List.of("NF-κB", "TNF-α", "МyD88", "NF-kB", "NFkB", "IkB", "NF kappa B", "I kappa b", "nf-KB", "IL 6",
                "TLR 4 signalling", "a\u2010b", "x\u2013y")) {
            assertTrue(CharacterNormalizer.needsNormalizing(text), text);
            assertTrue(!readAll(CharacterNormalizer.filters(new StringReader(text))).equals(text),
                    () -> "the filters change " + text);
        }
    }

    @Test
    void textsLeftUnfilteredAreThoseTheFiltersLeaveAsTheyAre() throws IOException {
        List<String> texts = new ArrayList<>(List.of("STAT3", "IL-6", "interleukin 6", "NF", "kB", "Bcl-2", "p38 MAPK",
                "IL6 and TNF", "iNOS", "ILK 1234", "", "café", "NF-kappaB"));
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        int unfiltered = 0;
        for (String text : texts) {
            String filtered = readAll(CharacterNormalizer.filters(new StringReader(text)));
            if (!CharacterNormalizer.needsNormalizing(text)) {
                assertEquals(text, filtered, "left unfiltered but the filters change it");
            }
            assertEquals(filtered, readAll(CharacterNormalizer.wrap(new StringReader(text))), text);
            unfiltered += CharacterNormalizer.needsNormalizing(text) ? 0 : 1;
        }
        assertTrue(unfiltered > texts.size() / 2, "most lines need no filter: " + unfiltered + " of " + texts.size());
    }

    @Test
    void randomTextsLeftUnfilteredAreThoseTheFiltersLeaveAsTheyAre() {
        String alphabet = "NFIikKapBb -AL16.κ";
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String filtered = readAll(CharacterNormalizer.filters(new StringReader(text.toString())));
            if (!CharacterNormalizer.needsNormalizing(text.toString())) {
                assertEquals(text.toString(), filtered, "left unfiltered but the filters change it");
            }
        }
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
