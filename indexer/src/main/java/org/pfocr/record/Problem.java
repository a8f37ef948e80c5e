package org.pfocr.record;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in an input file, reported as {@code path[:line]: reason}.
 *
 * @param kind what kind of problem it is
 * @param path the file it was found in
 * @param line the 1-based line in that file, or 0 when no line applies
 * @param reason what is wrong and, where it helps, what to do
 */
public record Problem(ProblemKind kind, Path path, int line, String reason) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem that does not point at a line. */
    public static Problem of(ProblemKind kind, Path path, String reason) {
        return new Problem(kind, path, 0, reason);
    }

    /** A problem caused by an I/O failure, with a reason users can act on. */
    public static Problem of(ProblemKind kind, Path path, IOException failure) {
        return of(kind, path, describe(failure));
    }

    /** {@link FileErrors#reason}, with what to do about the common failures of a record file. */
    private static String describe(IOException failure) {
        String reason = FileErrors.reason(failure);
        return switch (failure) {
            case NoSuchFileException e -> reason + " (or a broken symbolic link); check the path";
            case AccessDeniedException e -> reason + "; make it readable or leave it out of the SOURCE paths";
            case NotDirectoryException e -> reason;
            default -> "cannot read: " + reason;
        };
    }

    /** The one-line form users see: {@code path[:line]: kind: reason}. */
    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + kind.label() + ": " + reason;
    }
}
