package org.pfocr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** How the commands that read an index get its searcher: opened anew ({@link #OPEN}), or lent by a server. */
@FunctionalInterface
interface IndexOpener {

    /** Opens the index, building the demo index first where allowed and needed ({@link IndexAccess#open}). */
    IndexOpener OPEN = (indexDir, buildDemoIfMissing, err) ->
            new OpenIndex(IndexAccess.open(indexDir, buildDemoIfMissing, err), true);

    /**
     * The searcher of the index at {@code indexDir} (as the caller means it: resolved against its
     * working directory); {@code buildDemoIfMissing} when it is the default index; notes go to {@code err}.
     *
     * @throws CliFailure when the index cannot be read
     */
    OpenIndex open(Path indexDir, boolean buildDemoIfMissing, PrintWriter err);
}
