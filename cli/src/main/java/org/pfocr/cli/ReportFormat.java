package org.pfocr.cli;

/** How {@code show} and {@code stats} print; lower case, as users type them. */
enum ReportFormat {
    text,
    json
}
