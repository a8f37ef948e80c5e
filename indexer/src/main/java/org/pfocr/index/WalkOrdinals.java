package org.pfocr.index;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pfocr.source.SourceWalker;

/** Finds record files by their place in walk order, by walking the sources again. */
final class WalkOrdinals {

    private WalkOrdinals() {
    }

    /**
     * The record files found at {@code ordinals} (1 for the first) when walking {@code sources};
     * an ordinal past the last file is left out. Problems met on the way were reported by the
     * first walk and are not reported again.
     */
    static Map<Long, Path> paths(List<Path> sources, Set<Long> ordinals) {
        Map<Long, Path> found = new HashMap<>();
        long[] ordinal = {0};
        SourceWalker.walk(sources, file -> {
            if (ordinals.contains(++ordinal[0])) {
                found.put(ordinal[0], file.path());
            }
        }, problem -> { });
        return found;
    }
}
