package org.pfocr.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Tells a damaged index from other failures. Lucene verifies most files' checksums only when a
 * whole file is read (merges, {@code pfocr check}), so a damaged file may first show as any odd
 * exception while searching; such a failure is confirmed by verifying the checksums of the
 * commit's files, and reported as {@link IndexUnavailableException.Reason#DAMAGED} with the
 * advice to rebuild.
 */
final class IndexDamage {

    private IndexDamage() {
    }

    /** Whether {@code failure} says outright that index files are truncated, corrupt or missing. */
    static boolean isDamage(Throwable failure) {
        return failure instanceof CorruptIndexException || failure instanceof EOFException
                || failure instanceof NoSuchFileException || failure instanceof FileNotFoundException;
    }

    /**
     * The damage behind {@code failure} while reading {@code reader}: the failure itself when it
     * says so, else the result of verifying the checksums of every segment; {@code null} when the
     * index is sound and the failure has another cause.
     */
    static IndexUnavailableException diagnose(Path indexDir, DirectoryReader reader, Throwable failure) {
        if (isDamage(failure)) {
            return damaged(indexDir, failure);
        }
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        } catch (IOException verifying) {
            if (!isDamage(verifying)) {
                return null;
            }
            IndexUnavailableException damaged = damaged(indexDir, verifying);
            damaged.addSuppressed(failure);
            return damaged;
        }
        return null;
    }

    /** The one-line report of damage: what Lucene found (without its resource description), and to rebuild. */
    static IndexUnavailableException damaged(Path indexDir, Throwable cause) {
        String found = describe(cause).replaceAll("\\s*\\(resource=.*", "");
        return new IndexUnavailableException(IndexUnavailableException.Reason.DAMAGED,
                "the index at " + indexDir + " is damaged (" + (found.length() <= 160 ? found : found.substring(0, 157) + "...")
                        + "): rebuild it with 'pfocr index --index " + indexDir + " SOURCE...'", cause);
    }

    /**
     * The deepest cause's class and message, on one line: Lucene wraps the telling exception (the
     * missing file, the failed checksum) in vaguer ones.
     */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return (cause.getClass().getSimpleName() + message).strip().replaceAll("\\s+", " ");
    }
}
