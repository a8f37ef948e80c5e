package org.pfocr.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pfocr eval}: ranking quality (nDCG@10, MRR, recall@20) on a judged query set. */
@Command(name = "eval",
        description = "Measure ranking quality on judged queries: nDCG@10, MRR and recall@20 per query and overall.")
final class EvalCommand extends Subcommand {

    @Option(names = "--queries", required = true, paramLabel = "FILE",
            description = "Queries: qid<TAB>query[<TAB>note] lines, e.g. testdata/relevance/queries.tsv.")
    Path queries;

    @Option(names = "--qrels", required = true, paramLabel = "FILE",
            description = "Judgments in TREC qrels format (qid 0 figid grade), e.g. testdata/relevance/qrels.txt.")
    Path qrels;

    @Option(names = "--regression", paramLabel = "FILE",
            description = "Pinned scores, e.g. testdata/relevance/regression.tsv: exit 1 when any score is lower.")
    Path regression;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        return EvalRun.run(this);
    }
}
