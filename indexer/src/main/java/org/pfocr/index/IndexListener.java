package org.pfocr.index;

import org.pfocr.record.Problem;

/** Hears about an indexing run as it goes: progress for a display, problems as they are found. */
public interface IndexListener {

    /** Nothing is reported. */
    IndexListener SILENT = new IndexListener() {
    };

    /**
     * Called now and then from indexing threads.
     *
     * @param filesSeen record files found so far
     * @param figuresIndexed figures added or replaced so far
     */
    default void progress(long filesSeen, long figuresIndexed) {
    }

    /** Called, possibly from several threads, for every problem found. */
    default void problem(Problem problem) {
    }
}
