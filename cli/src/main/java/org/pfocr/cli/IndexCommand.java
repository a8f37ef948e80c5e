package org.pfocr.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pfocr index SOURCE...}: builds or updates the index from figure records. */
@Command(name = "index", description = "Build the index from figure record files or directories.")
final class IndexCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Record files or directories to index.")
    List<Path> sources;

    @Option(names = "--update", description = "Update the existing index instead of rebuilding it.")
    boolean update;

    @Option(names = "--strict", description = "Treat damaged records as errors instead of skipping them with a warning.")
    boolean strict;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Indexing threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--gene-info", paramLabel = "FILE", description = "NCBI gene_info file (may be gzipped) for gene synonyms.")
    Path geneInfo;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "Extra synonym file; repeatable.")
    List<Path> synonyms = List.of();

    @Option(names = "--quiet", description = "No progress or summary on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}
