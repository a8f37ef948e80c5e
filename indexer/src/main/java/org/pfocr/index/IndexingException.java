package org.pfocr.index;

/**
 * Indexing could not complete (the index is locked, a disk error, {@code --strict} and a problem);
 * the previous index, if any, is left as it was.
 */
public class IndexingException extends Exception {

    public IndexingException(String message) {
        super(message);
    }

    public IndexingException(String message, Throwable cause) {
        super(message, cause);
    }
}
