package org.pfocr.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene's logger: Lucene logs notes (e.g. on the Vector API) through java.util.logging, and only
 * real failures may reach standard error. Set up when a command first runs, not at start-up, so
 * that {@code --version} and help do not start the logging system (some 6 ms).
 */
final class LuceneLog {

    /** Held, so the level stays set: java.util.logging keeps only weak references to its loggers. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    private LuceneLog() {
    }

    /** Lets only severe messages from Lucene through. */
    static void quiet() {
        LUCENE.setLevel(Level.SEVERE);
    }
}
