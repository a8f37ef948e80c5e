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
}
