package org.pfocr.schema;

/** The version of the index layout; an index of another version must be rebuilt. */
public final class FigureSchema {

    /** Raised whenever a field, its type or its analysis changes. */
    public static final int VERSION = 1;

    private FigureSchema() {
    }
}
