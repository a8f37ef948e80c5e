package org.pfocr.cli;

import java.io.IOException;
import org.pfocr.search.FigureSearcher;

/**
 * The searcher a command reads its index with: opened for it, and closed after, or lent by the
 * server that runs the command (see {@link IndexOpener}), and left open.
 *
 * @param searcher the index's searcher
 * @param owned whether closing this closes the searcher
 */
record OpenIndex(FigureSearcher searcher, boolean owned) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        if (owned) {
            searcher.close();
        }
    }
}
