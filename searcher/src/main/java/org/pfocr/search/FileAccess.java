package org.pfocr.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/** How a {@link FigureSearcher} reads the index files. */
public enum FileAccess {

    /**
     * Memory-mapped (Lucene's {@code MMapDirectory}, the default): the fastest searches, for a
     * searcher that lives for many of them.
     */
    MAPPED,

    /**
     * Plain positional reads ({@code NIOFSDirectory}): less to set up in a new JVM (some 10-30 ms
     * of a 0.5 s cold search at 100,000 figures) but more to pay per search; for a process that
     * runs a search or two and exits, like the {@code pfocr} command.
     */
    READ;

    /** The Lucene directory reading {@code indexDir} this way. */
    Directory open(Path indexDir) throws IOException {
        return this == MAPPED ? FSDirectory.open(indexDir) : new NIOFSDirectory(indexDir);
    }
}
