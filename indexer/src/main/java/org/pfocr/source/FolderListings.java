package org.pfocr.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Lists folders for one walk, each once: a listing made ahead of the folder's own turn (the
 * sibling {@code _figures} folder of a {@code _data} folder, which the orphan check reads first,
 * since {@code _data} sorts before it) is kept until the walk reaches that folder and takes it.
 * Listing a folder of a million records takes seconds.
 */
final class FolderListings {

    private final Map<Path, FolderNames> listedAhead = new HashMap<>();
    /** The last {@code _data} folder walked, and its names with their regular files marked; or {@code null}. */
    private Path walkedData;
    private FolderNames walkedDataNames;

    /** The names in {@code folder}, listed now and kept for the walk's own turn there. */
    FolderNames ahead(Path folder) throws IOException {
        FolderNames names = listedAhead.get(folder);
        if (names == null) {
            names = FolderNames.list(folder);
            listedAhead.put(folder, names);
        }
        return names;
    }

    /** The names in {@code folder} for walking it: the listing made ahead, if any (then forgotten), else a new one. */
    FolderNames forWalk(Path folder) throws IOException {
        FolderNames names = listedAhead.remove(folder);
        return names != null ? names : FolderNames.list(folder);
    }

    /**
     * Keeps the names of {@code folder}, a {@code _data} folder just walked (its regular files
     * marked), for the walk of its sibling {@code _figures} folder, which finds its records'
     * sidecars there without a file system call for each; in place of any kept before.
     */
    void keepWalkedData(Path folder, FolderNames names) {
        walkedData = folder;
        walkedDataNames = names;
    }

    /** The names kept for the {@code _data} folder {@code folder} ({@link #keepWalkedData}), or {@code null}. */
    FolderNames walkedData(Path folder) {
        return folder.equals(walkedData) ? walkedDataNames : null;
    }

    /** Forgets the names kept for a {@code _data} folder in {@code parent}, whose walk is over. */
    void forgetWalkedDataIn(Path parent) {
        if (walkedData != null && parent.equals(walkedData.getParent())) {
            walkedData = null;
            walkedDataNames = null;
        }
    }
}
