package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's failures, each turned into "file: reason" in plain words. */
class FileErrorsTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFileIsNamedOnceWithItsReason() {
        Path missing = temp.resolve("genes.gz");
        IOException failure = assertThrows(IOException.class, () -> Files.readString(missing));
        assertEquals(missing + ": no such file or folder", FileErrors.describe(missing, failure));
        assertEquals(missing + ": no such file or folder", FileErrors.describe(failure));
    }

    @Test
    void aFolderReadAsAFileSaysSo() {
        IOException failure = assertThrows(IOException.class, () -> Files.readString(temp));
        assertEquals(temp + ": is a directory", FileErrors.describe(temp, failure));
    }

    @Test
    void aTruncatedGzipFileSaysItEndsEarly() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("a line of a gene table\n".repeat(1_000).getBytes());
        }
        Path truncated = temp.resolve("truncated.gz");
        Files.write(truncated, Arrays.copyOf(gzip.toByteArray(), gzip.size() / 2));
        IOException failure = assertThrows(IOException.class, () -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(truncated))) {
                in.readAllBytes();
            }
        });
        assertEquals(truncated + ": the data ends early: the file is truncated, or still being written",
                FileErrors.describe(truncated, failure));
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws IOException {
        Path binary = Files.write(temp.resolve("binary.txt"), new byte[] {'a', (byte) 0xFF, (byte) 0xFE, 0});
        IOException failure = assertThrows(IOException.class, () -> Files.readString(binary));
        assertEquals(binary + ": not UTF-8 text: a binary file, or text in another encoding; save it as UTF-8",
                FileErrors.describe(binary, failure));
    }

    @Test
    void aFailureAboutAnotherFileNamesBoth() {
        Path folder = temp.resolve("records");
        IOException failure = assertThrows(IOException.class, () -> Files.readString(folder.resolve("a.md")));
        assertEquals(folder + ": " + folder.resolve("a.md") + ": no such file or folder", FileErrors.describe(folder, failure));
    }
}
