package org.pfocr.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the text files of a record: UTF-8 without its byte-order mark, or Latin-1 when the bytes
 * are not valid UTF-8, with line ends normalised to {@code \n}.
 */
final class TextFiles {
    /** What decoding puts for bytes that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';
    /** Larger files are refused: real records and sidecars are well under a megabyte. */
    static final long MAX_BYTES = 64L << 20;
    /** The warning's reason when a file is read as Latin-1. */
    static final String NOT_UTF8_REASON = "not valid UTF-8; read as Latin-1 (save the file as UTF-8 if characters look wrong)";

    /**
     * Decoded text.
     *
     * @param text the text, lines ending in {@code \n}
     * @param latin1 whether the bytes were not valid UTF-8 and were read as Latin-1
     */
    record Decoded(String text, boolean latin1) {

        /**
         * Whether the bytes held a NUL, which text files never do. Both decodings turn a NUL byte,
         * and nothing else, into {@code U+0000}; the JDK's vectorised search of a string finds it
         * several times faster than a loop over the bytes.
         */
        boolean binary() {
            return text.indexOf('\0') >= 0;
        }
    }

    private TextFiles() {
    }

    /**
     * The bytes of a file no larger than {@link #MAX_BYTES}, as many as it had when opened (a file
     * that grows while read is read again by the next update: its stamp, taken before, differs).
     * Four file system calls (open, size, read, close) where {@link Files#size} and
     * {@link Files#readAllBytes} make six: a path looked up once, not twice, and no read past the
     * end; some 5 microseconds a file less on a virtual machine.
     */
    static byte[] read(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            if (size > MAX_BYTES) {
                throw new IOException(size + " bytes, too large for a figure record or sidecar (limit "
                        + MAX_BYTES + ")");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // until full, or at the end of a file that shrank
            }
            return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
        }
    }

    /** Whether the bytes start with a UTF-16 byte-order mark. */
    static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
    }

    /**
     * Decodes the bytes of a text file. The JDK's own UTF-8 decoding of a {@code String} is the fast
     * path; only a text with a replacement character, which it puts for invalid bytes (and which a
     * valid file may hold too), is decoded again by a decoder that tells the two apart.
     */
    static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf(REPLACEMENT) < 0) {
            return new Decoded(normaliseLineEnds(fast), false);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
            return new Decoded(normaliseLineEnds(text), false);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
            return new Decoded(normaliseLineEnds(text), true);
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
