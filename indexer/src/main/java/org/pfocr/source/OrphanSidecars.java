package org.pfocr.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells, for the sidecar tables of one folder, whether their record exists where
 * {@link SidecarLocator} would look from the record's side: in the same folder, or, for a
 * {@code _data} folder, in the sibling {@code _figures} folder. Record names are gathered
 * once per folder, on first need, so the check costs no file system call per table.
 */
final class OrphanSidecars {
    private final Path folder;
    private final List<String> names;
    private Set<String> recordNames;
    private boolean known = true;

    /**
     * @param folder the folder being walked
     * @param names the names of the entries in {@code folder}
     */
    OrphanSidecars(Path folder, List<String> names) {
        this.folder = folder;
        this.names = names;
    }

    /**
     * Whether {@code fileName} is a sidecar table without its record; {@code false} when that
     * cannot be told because the sibling {@code _figures} folder is unreadable.
     */
    boolean isOrphan(String fileName) {
        String recordName = SidecarKind.recordName(fileName);
        if (recordName == null) {
            return false;
        }
        if (recordNames == null) {
            recordNames = gatherRecordNames();
        }
        return known && !recordNames.contains(recordName);
    }

    private Set<String> gatherRecordNames() {
        Set<String> found = new HashSet<>();
        addRecordNames(names, found);
        Path figures = folder.resolveSibling(FileNames.FIGURES_DIR);
        if (FileNames.name(folder).equals(FileNames.DATA_DIR) && Files.isDirectory(figures)) {
            try {
                addRecordNames(FileNames.list(figures), found);
            } catch (IOException e) {
                known = false;
            }
        }
        return found;
    }

    private static void addRecordNames(List<String> fileNames, Set<String> into) {
        for (String name : fileNames) {
            if (FileNames.isRecord(name)) {
                into.add(FileNames.stem(name));
            }
        }
    }
}
