package org.pfocr.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pfocr generate --count N --from DIR OUT}: writes a synthetic corpus for benchmarks. */
@Command(
        name = "generate",
        description = {
            "Write N synthetic figure records into OUT, recombined from the real records in DIR (for benchmarks).",
            "Same formats (_figures and _data), same words, every record a figure of its own; the same seed gives the same files."
        })
final class GenerateCommand extends Subcommand {

    @Option(names = "--count", paramLabel = "N", required = true, description = "Records to write.")
    long count;

    @Option(names = "--from", paramLabel = "DIR", required = true, description = "Folder of real figure records to recombine.")
    Path templates;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the recombination (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "OUT", description = "New or empty folder to write the corpus into.")
    Path out;

    @Override
    public Integer call() {
        GenerateRun.run(this);
        return 0;
    }
}
