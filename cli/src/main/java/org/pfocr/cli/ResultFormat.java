package org.pfocr.cli;

/** How {@code search} prints its hits; lower case, as users type them. */
enum ResultFormat {
    text,
    json,
    tsv
}
