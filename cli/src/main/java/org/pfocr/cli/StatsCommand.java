package org.pfocr.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pfocr stats}: summarises the index. */
@Command(name = "stats", description = "Summarise the index.")
final class StatsCommand extends Subcommand {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() {
        StatsRun.run(this);
        return 0;
    }
}
