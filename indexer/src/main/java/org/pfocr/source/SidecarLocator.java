package org.pfocr.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the sidecar tables of a record file. For a record {@code <root>/_figures/<name>.md} the
 * sidecars {@code <name>-genes.tsv}, {@code <name>-chemicals.tsv} and {@code <name>-diseases.tsv}
 * are looked for in {@code <root>/_data/} first, then beside the record; for a record in any other
 * folder, beside it only.
 */
public final class SidecarLocator {

    private SidecarLocator() {
    }

    /** The record with the sidecars named after its file name without extension. */
    public static RecordFile locate(Path record) {
        return locate(record, FileNames.stem(FileNames.name(record)));
    }

    /**
     * The record with the sidecars named after {@code name}, e.g. the figid when it differs from
     * the file name. A name that is not a plain file name (it holds a path separator) finds none.
     */
    public static RecordFile locate(Path record, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..")) {
            return RecordFile.of(record);
        }
        Path parent = record.getParent();
        List<Path> dirs = sidecarDirectories(parent == null ? Path.of("") : parent);
        return new RecordFile(record,
                find(dirs, SidecarKind.GENES.fileName(name)),
                find(dirs, SidecarKind.CHEMICALS.fileName(name)),
                find(dirs, SidecarKind.DISEASES.fileName(name)));
    }

    /** The folders where sidecars of the records in {@code recordDir} are, in the order they are tried. */
    static List<Path> sidecarDirectories(Path recordDir) {
        if (FileNames.name(recordDir).equals(FileNames.FIGURES_DIR)) {
            return List.of(recordDir.resolveSibling(FileNames.DATA_DIR), recordDir);
        }
        return List.of(recordDir);
    }

    private static Path find(List<Path> dirs, String fileName) {
        for (Path dir : dirs) {
            Path candidate = dir.resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
