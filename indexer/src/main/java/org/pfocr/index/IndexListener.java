package org.pfocr.index;

import org.pfocr.record.Problem;

/** Hears about an indexing run as it goes: progress for a display, problems as they are found. */
public interface IndexListener {

    /** The step of writing the figures still in memory to the index's files. */
    String WRITING_SEGMENTS = "writing the last segments";
    /** The step of merging the index into one segment ({@link IndexOptions#merge}). */
    String MERGING = "merging into one segment";
    /** The step of building the synonym map from the corpus and the other sources. */
    String BUILDING_SYNONYMS = "building the synonym map";
    /** The step of writing the synonym file and committing. */
    String COMMITTING = "committing";

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

    /**
     * Called as each closing step of a run begins, once the records are read, possibly more than
     * once and from several threads: {@link #WRITING_SEGMENTS}, {@link #MERGING} (when asked),
     * {@link #BUILDING_SYNONYMS}, {@link #COMMITTING}, in that order.
     */
    default void step(String step) {
    }

    /** Called, possibly from several threads, for every problem found. */
    default void problem(Problem problem) {
    }
}
