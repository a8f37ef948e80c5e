package org.pfocr.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pfocr index SOURCE...}: builds or updates the index from figure records. */
@Command(name = "index", description = "Build the index from figure record files or directories.")
final class IndexCommand extends Subcommand {

    @Parameters(
            arity = "0..*",
            paramLabel = "SOURCE",
            description = "Record files or folders (walked recursively); with --update, default: the index's own sources.")
    List<Path> sources = List.of();

    @Option(names = "--update", description = "Re-read only new or changed files and drop figures whose files are gone, instead of rebuilding.")
    boolean update;

    @Option(names = "--strict", description = "Fail (exit 1, index left as it was) on any problem, instead of skipping bad records with a warning.")
    boolean strict;

    @Option(names = "--merge", description = "Merge the index into one segment before committing: a somewhat longer run, faster searches.")
    boolean merge;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Indexing threads, the one walking the sources included (default: the number of processors).")
    Integer threads;

    @Option(names = "--gene-info", paramLabel = "FILE", description = "NCBI gene_info file (may be gzipped) for gene synonyms.")
    Path geneInfo;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "Extra synonym file; repeatable.")
    List<Path> synonyms = List.of();

    @Option(names = "--quiet", description = "No progress line and no summary; problems are still reported on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        IndexRun.run(this);
        return 0;
    }
}
