package org.pfocr.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells, for the sidecar tables of one folder, whether their record exists where
 * {@link SidecarLocator} would look from the record's side: in the same folder, or, for a
 * {@code _data} folder, in the sibling {@code _figures} folder. Both are looked up in sorted
 * listings, the sibling's made once per folder, on first need, and kept for when the walk reaches
 * the sibling, so the check costs no file system call per table and no second listing.
 */
final class OrphanSidecars {
    private final Path folder;
    private final FolderNames names;
    private final FolderListings listings;
    private FolderNames figures;
    private boolean figuresListed;
    private boolean known = true;

    /**
     * @param folder the folder being walked
     * @param names the names of the entries in {@code folder}
     * @param listings the walk's listings, where the sibling's is made
     */
    OrphanSidecars(Path folder, FolderNames names, FolderListings listings) {
        this.folder = folder;
        this.names = names;
        this.listings = listings;
    }

    /**
     * Whether {@code fileName} is a sidecar table without its record; {@code false} when that
     * cannot be told because the sibling {@code _figures} folder is unreadable.
     */
    boolean isOrphan(String fileName) {
        String recordName = SidecarKind.recordName(fileName);
        if (recordName == null || names.containsRecordOf(recordName)) {
            return false;
        }
        if (!figuresListed) {
            figures = listFigures();
            figuresListed = true;
        }
        return known && (figures == null || !figures.containsRecordOf(recordName));
    }

    /** The names in the sibling {@code _figures} folder of a {@code _data} folder; {@code null} when there is none. */
    private FolderNames listFigures() {
        Path sibling = folder.resolveSibling(FileNames.FIGURES_DIR);
        if (!FileNames.name(folder).equals(FileNames.DATA_DIR) || !Files.isDirectory(sibling)) {
            return null;
        }
        try {
            return listings.ahead(sibling);
        } catch (IOException e) {
            known = false;
            return null;
        }
    }
}
