package org.pfocr.record;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in a few plain words which file a failed read or write was about and why, for one-line
 * error messages: the JDK's own messages are often the bare path ({@code NoSuchFileException}) or a
 * reason without it ({@code Is a directory}).
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** {@code file: reason}, e.g. {@code /data/genes.gz: no such file or folder}. */
    public static String describe(Path file, IOException failure) {
        String other = failure instanceof FileSystemException fs ? fs.getFile() : null;
        boolean aboutAnother = other != null && !Path.of(other).equals(file);
        return file + ": " + (aboutAnother ? other + ": " : "") + reason(failure);
    }

    /** The failure's file, if it names one, and reason: {@code /proc/x: read-only file system}. */
    public static String describe(IOException failure) {
        String file = failure instanceof FileSystemException fs ? fs.getFile() : null;
        return (file == null ? "" : file + ": ") + reason(failure);
    }

    /** Why the failure happened, without the file. */
    public static String reason(IOException failure) {
        return switch (failure) {
            case NoSuchFileException e -> "no such file or folder";
            case AccessDeniedException e -> "permission denied";
            case NotDirectoryException e -> "not a folder";
            case FileAlreadyExistsException e -> "already exists";
            case FileSystemException e when e.getReason() != null -> plain(e.getReason());
            case EOFException e -> "the data ends early: the file is truncated, or still being written";
            case CharacterCodingException e -> "not UTF-8 text: a binary file, or text in another encoding; save it as UTF-8";
            default -> failure.getMessage() == null ? failure.getClass().getSimpleName() : plain(failure.getMessage());
        };
    }

    /** A JDK message as the middle of a sentence: {@code Is a directory} becomes {@code is a directory}. */
    private static String plain(String message) {
        boolean capitalisedWord = message.length() > 1 && Character.isUpperCase(message.charAt(0))
                && Character.isLowerCase(message.charAt(1));
        return capitalisedWord ? message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) : message;
    }
}
