package org.pfocr.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pfocr show FIGID}: prints one indexed figure record. */
@Command(name = "show", description = "Show one figure from the index.")
final class ShowCommand extends Subcommand {

    @Parameters(paramLabel = "FIGID", description = "The figure's identifier, e.g. PMC10610064__pharmaceuticals-16-01441-g004.")
    String figureId;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        ShowRun.run(this);
        return 0;
    }
}
