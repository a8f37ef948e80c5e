package org.pfocr.cli;

import picocli.CommandLine.Option;

/** {@code --limit} and {@code --format}, for the commands that list figures (search, enrich, similar). */
final class ListingOptions {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Figures to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat format;
}
