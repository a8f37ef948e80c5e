package org.pfocr.record;

/**
 * What went wrong with an input file. A problem either skips the record ({@link #skipsRecord()})
 * or is a warning about a record that was still indexed.
 */
public enum ProblemKind {
    /** The file could not be read (permissions, I/O error, symlink loop). */
    UNREADABLE("unreadable", true),
    /** The file is empty or holds only whitespace. */
    EMPTY("empty file", true),
    /** The file holds binary data (NUL bytes), not text. */
    BINARY("binary file", true),
    /** The first line is not {@code ---}: not a figure record. */
    NO_FRONT_MATTER("no front matter", true),
    /** The front matter has no closing {@code ---} line. */
    UNTERMINATED_FRONT_MATTER("unterminated front matter", true),
    /** The front matter is not valid YAML. */
    INVALID_YAML("invalid YAML", true),
    /** The front matter is YAML but not a mapping of fields. */
    NOT_A_MAPPING("front matter is not a mapping", true),
    /** A field has a value of the wrong type; the value was ignored. */
    WRONG_TYPE("wrong type", false),
    /** A field is set twice in the front matter; the last value was kept. */
    DUPLICATE_FIELD("duplicate field", false),
    /** The record has no figid; it was derived from the file name. */
    MISSING_FIGID("missing figid", false),
    /** Two files hold the same figid; the later one replaced the earlier. */
    DUPLICATE_FIGID("duplicate figid", false),
    /** The file is not valid UTF-8 and was read as Latin-1. */
    NOT_UTF8("not UTF-8", false),
    /** A sidecar table could not be used in part or in whole. */
    BAD_SIDECAR("bad sidecar", false),
    /** Lucene refused the figure's document (e.g. a term longer than 32 KB); the record was skipped. */
    NOT_INDEXABLE("cannot be indexed", true),
    /** A sidecar table whose figure record is missing. */
    ORPHAN_SIDECAR("orphan sidecar", false),
    /** A source the index was built from no longer exists; an update kept its figures. */
    MISSING_SOURCE("missing source", false);

    private final String label;
    private final boolean skipsRecord;

    ProblemKind(String label, boolean skipsRecord) {
        this.label = label;
        this.skipsRecord = skipsRecord;
    }

    /** A short human label, e.g. {@code invalid YAML}. */
    public String label() {
        return label;
    }

    /** Whether a problem of this kind keeps the record out of the index. */
    public boolean skipsRecord() {
        return skipsRecord;
    }
}
