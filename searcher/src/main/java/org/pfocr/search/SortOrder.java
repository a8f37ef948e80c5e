package org.pfocr.search;

/** How hits are ordered; ties are always broken by figid, so results are deterministic. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest first, then best match. */
    YEAR
}
