package org.pfocr.search;

import java.io.IOException;

/** The index cannot be used: it is missing, damaged, or was built for another schema. Says what to do. */
public final class IndexUnavailableException extends IOException {

    /** Why the index cannot be used. */
    public enum Reason {
        /** There is no index in the folder. */
        MISSING,
        /** Index files are truncated, corrupt or missing. */
        DAMAGED,
        /** The index was written by another schema version, or is not a pfocr index. */
        INCOMPATIBLE
    }

    private final Reason reason;

    public IndexUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the index cannot be used. */
    public Reason reason() {
        return reason;
    }
}
