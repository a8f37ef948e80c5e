package org.pfocr.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loggers of the libraries pfocr uses, which log through java.util.logging in two lines of
 * their own form on standard error: Lucene (notes, e.g. on the Vector API) and SnakeYAML (a
 * duplicate key in a record read by {@code generate}, whose last value is used, as {@code index}
 * uses it). Only real failures may reach standard error. Set up when a command first runs, not at
 * start-up, so that {@code --version} and help do not start the logging system (some 6 ms).
 */
final class LibraryLogs {

    /** Held, so the levels stay set: java.util.logging keeps only weak references to its loggers. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");
    private static final Logger SNAKEYAML = Logger.getLogger("org.yaml.snakeyaml");

    private LibraryLogs() {
    }

    /** Lets only severe messages from the libraries through. */
    static void quiet() {
        LUCENE.setLevel(Level.SEVERE);
        SNAKEYAML.setLevel(Level.SEVERE);
    }
}
