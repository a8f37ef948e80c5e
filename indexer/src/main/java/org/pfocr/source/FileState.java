package org.pfocr.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A regular file's size and modification time, as a file system call found them: what an update
 * compares to tell whether a file changed since it was indexed.
 *
 * @param size the size in bytes
 * @param modifiedMillis the modification time, in milliseconds since the epoch
 */
public record FileState(long size, long modifiedMillis) {

    /** The state {@code attributes} describe. */
    static FileState of(BasicFileAttributes attributes) {
        return new FileState(attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /** The state of {@code file} now, links followed. */
    public static FileState read(Path file) throws IOException {
        return of(Files.readAttributes(file, BasicFileAttributes.class));
    }

    /**
     * The state of {@code file} now when it is a regular file (links followed); {@code null} when
     * it is something else, or cannot be read.
     */
    static FileState ofRegularFile(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? of(attributes) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
