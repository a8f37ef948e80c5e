package org.pfocr.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pfocr similar FIGID}: the figures most like one figure, by shared genes and by text. */
@Command(name = "similar",
        description = "List the figures most similar to one figure: gene-set overlap significance combined with"
                + " text similarity of caption and titles.")
final class SimilarCommand extends Subcommand {

    @Parameters(paramLabel = "FIGID", description = "The figure to compare with, e.g. PMC3101113__cmr-3-177f3.")
    String figureId;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        SimilarRun.run(this);
        return 0;
    }
}
