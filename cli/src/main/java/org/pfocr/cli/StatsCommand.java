package org.pfocr.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pfocr stats}: summarises the index. */
@Command(name = "stats", description = "Summarise the index.")
final class StatsCommand extends Subcommand {

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        StatsRun.run(this);
        return 0;
    }
}
