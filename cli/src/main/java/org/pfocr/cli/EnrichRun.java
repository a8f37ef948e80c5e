package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.pfocr.enrich.EnrichRequest;
import org.pfocr.enrich.EnrichResults;
import org.pfocr.enrich.EnrichedFigure;
import org.pfocr.enrich.GeneLists;
import org.pfocr.enrich.ResolvedName;
import org.pfocr.json.EnrichJson;
import org.pfocr.json.JsonOutput;
import org.pfocr.query.QueryException;
import org.pfocr.record.FileErrors;
import org.pfocr.search.FigureSearcher;

/**
 * Runs {@code pfocr enrich}: reads the gene list, reports names that resolve to nothing or to
 * several genes, and prints the enriched figures as text, JSON or TSV.
 */
final class EnrichRun {

    static final List<String> TSV_COLUMNS = List.of(
            "rank", "figid", "title", "overlap", "gene_set_size", "odds_ratio", "p", "q", "overlap_genes");

    private EnrichRun() {
    }

    static void run(EnrichCommand command) {
        List<String> genes = genes(command);
        if (genes.isEmpty()) {
            throw CliFailure.usage("no genes: name them as arguments, with --genes-file FILE, or on standard input", null);
        }
        EnrichRequest request;
        try {
            request = new EnrichRequest(genes, command.query, command.organism, command.minOverlap, command.maxFdr,
                    command.background, command.listing.limit);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage(), e);
        }
        EnrichResults results;
        try (OpenIndex index = command.openIndex()) {
            FigureSearcher searcher = index.searcher();
            results = searcher.enrich(request);
        } catch (QueryException e) {
            throw CliFailure.usage("in --query: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage(), e);
        } catch (IOException e) {
            throw IndexAccess.failure("enriching over", command.indexDirectory(), e);
        }
        reportResolution(command.err(), results);
        results.noGenesProblem().ifPresent(problem -> {
            throw CliFailure.usage(problem, null);
        });
        PrintWriter out = command.out();
        switch (command.listing.format) {
            case json -> JsonOutput.writeLine(out, EnrichJson.of(results));
            case tsv -> tsv(out, results);
            case text -> text(out, command.style(), results);
        }
        out.flush();
    }

    private static List<String> genes(EnrichCommand command) {
        List<String> genes = new ArrayList<>();
        for (String argument : command.genes) {
            genes.addAll(GeneLists.parse(argument));
        }
        try {
            if (command.genesFile != null) {
                String text = command.genesFile.toString().equals("-") ? readStdin(command.caller())
                        : Files.readString(command.caller().resolve(command.genesFile), StandardCharsets.UTF_8);
                genes.addAll(GeneLists.parse(text));
            } else if (genes.isEmpty() && !command.caller().stdinTerminal()) {
                genes.addAll(GeneLists.parse(readStdin(command.caller())));
            }
        } catch (IOException e) {
            throw new CliFailure("cannot read the gene list " + (command.genesFile == null
                    ? "from standard input: " + FileErrors.reason(e) : FileErrors.describe(command.genesFile, e)), e);
        }
        return genes;
    }

    private static String readStdin(Caller caller) throws IOException {
        if (caller.stdin() == null) {
            throw new CliFailure("cannot read the gene list from standard input here: run pfocr enrich in its own process");
        }
        return new String(caller.stdin().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Unresolved and ambiguous names, one line each on standard error. */
    private static void reportResolution(PrintWriter err, EnrichResults results) {
        for (String name : results.resolution().unresolved()) {
            err.println("pfocr: warning: '" + ControlCharacters.shown(name) + "' matches no gene of the index; left out");
        }
        for (ResolvedName name : results.resolution().ambiguous()) {
            err.println(ControlCharacters.shown("pfocr: note: '" + name.name() + "' stands for " + name.symbols().size()
                    + " genes: " + String.join(", ", name.symbols())));
        }
        if (!results.outsideBackground().isEmpty()) {
            err.println(ControlCharacters.shown("pfocr: note: not in the background of " + results.organism()
                    + ", left out: " + String.join(", ", results.outsideBackground())));
        }
        err.flush();
    }

    private static void tsv(PrintWriter out, EnrichResults results) {
        TsvWriter tsv = new TsvWriter(out, TSV_COLUMNS);
        for (EnrichedFigure figure : results.figures()) {
            tsv.row(figure.rank(), figure.figid(), figure.title(), figure.overlap(), figure.geneSetSize(),
                    String.format("%.4g", figure.oddsRatio()), String.format("%.4g", figure.p()),
                    String.format("%.4g", figure.q()), String.join(";", figure.overlapGenes()));
        }
    }

    private static void text(PrintWriter out, Style style, EnrichResults results) {
        out.printf("%d %s (%s) against %,d figures%s%s; background %,d genes; %,d figures pass the cut-offs, %,d shown%n",
                results.listSize(), results.listSize() == 1 ? "gene" : "genes",
                ControlCharacters.shown(String.join(" ", results.resolution().symbols())), results.tested(),
                results.organism() == null ? "" : " of " + results.organism(),
                results.query() == null ? "" : " matching " + style.bold(ControlCharacters.shown(results.query())),
                results.background(), results.total(), results.figures().size());
        for (EnrichedFigure figure : results.figures()) {
            FigureHeading.print(out, style, figure.rank(), figure.figid(), figure.year(), List.of(), figure.title());
            out.printf("    %d of %d genes: %s%n", figure.overlap(), figure.geneSetSize(),
                    style.highlight(ControlCharacters.shown(String.join(" ", figure.overlapGenes()))));
            out.println("    " + style.dim(String.format("p %.3g · q %.3g · odds ratio %.3g", figure.p(), figure.q(),
                    figure.oddsRatio())));
        }
    }
}
