package org.pfocr.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** How record files and sidecar tables are recognised by their names. */
final class FileNames {
    /** Extensions of record files, lower case, without the dot. */
    static final Set<String> RECORD_EXTENSIONS = Set.of("md", "markdown", "txt", "yml", "yaml");
    /** The folder of figure records in the PFOCR repository layout. */
    static final String FIGURES_DIR = "_figures";
    /** The folder of sidecar tables in the PFOCR repository layout, beside {@link #FIGURES_DIR}. */
    static final String DATA_DIR = "_data";

    private FileNames() {
    }

    /** Whether the file name has a record extension (case-insensitive). */
    static boolean isRecord(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && RECORD_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Hidden files and folders ({@code .git}, {@code .DS_Store}, {@code ._x.md}) are never walked. */
    static boolean isHidden(String fileName) {
        return fileName.startsWith(".");
    }

    /** The file name without its last extension: {@code PMC1__f1.md} gives {@code PMC1__f1}. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The name of a path's last element, or the empty string for a root. */
    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
