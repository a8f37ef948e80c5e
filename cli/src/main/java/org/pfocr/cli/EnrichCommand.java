package org.pfocr.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pfocr enrich GENE...}: the figures whose gene sets best match a gene list (Fisher's exact test). */
@Command(name = "enrich",
        description = "Rank figures by how significantly their genes overlap a gene list (one-sided Fisher's exact"
                + " test, Benjamini-Hochberg FDR). Genes come from the arguments, --genes-file, or standard input.")
final class EnrichCommand extends Subcommand {

    @Parameters(arity = "0..*", paramLabel = "GENE",
            description = "Gene symbols, aliases or NCBI Gene ids (e.g. STAT3 JAK1 IL-6 3569, or STAT3,JAK1;IL-6).")
    List<String> genes = List.of();

    @Option(names = "--genes-file", paramLabel = "FILE",
            description = "Read genes from FILE (separated by spaces, commas, semicolons or lines; # comments); - for standard input.")
    Path genesFile;

    @Option(names = "--query", paramLabel = "QUERY", description = "Test only figures matching this search query.")
    String query;

    @Option(names = "--organism", paramLabel = "NAME", description = "Test only figures of this organism (e.g. human, 10090).")
    String organism;

    @Option(names = "--min-overlap", paramLabel = "N", defaultValue = "2",
            description = "List only figures sharing at least N genes with the list (default: ${DEFAULT-VALUE}).")
    int minOverlap;

    @Option(names = "--max-fdr", paramLabel = "Q", defaultValue = "1",
            description = "List only figures with a q-value (FDR) of at most Q (default: ${DEFAULT-VALUE}).")
    double maxFdr;

    @Option(names = "--background", paramLabel = "N",
            description = "Genes the list was drawn from (default: the distinct genes of the organism's figures in the index).")
    Integer background;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        EnrichRun.run(this);
        return 0;
    }
}
