package org.pfocr.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, for the commands that print a report (show, stats, eval). */
final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;
}
