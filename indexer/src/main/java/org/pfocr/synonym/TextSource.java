package org.pfocr.synonym;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens UTF-8 text from files and classpath resources, decompressing gzip when the bytes say it is gzip. */
final class TextSource {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private TextSource() {
    }

    /** Opens a file, plain or gzip (detected by its first two bytes, whatever its name). */
    static BufferedReader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** Opens a stream, plain or gzip (detected by its first two bytes); the reader closes the stream. */
    static BufferedReader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        in.reset();
        InputStream body = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Opens a resource that ships in this package; a missing resource is a packaging bug. */
    static BufferedReader openResource(String name) {
        InputStream in = TextSource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource org/pfocr/synonym/" + name
                    + " is missing from the classpath: rebuild the indexer module");
        }
        try {
            return open(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource org/pfocr/synonym/" + name, e);
        }
    }
}
