package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.pfocr.enrich.SimilarFigure;
import org.pfocr.enrich.SimilarRequest;
import org.pfocr.enrich.SimilarResults;
import org.pfocr.json.JsonOutput;
import org.pfocr.json.SimilarJson;
import org.pfocr.search.FigureSearcher;

/** Runs {@code pfocr similar FIGID}: the most similar figures, with the genes they share, as text, JSON or TSV. */
final class SimilarRun {

    static final List<String> TSV_COLUMNS = List.of("rank", "figid", "title", "score", "p", "text_score", "shared_genes");

    private SimilarRun() {
    }

    static void run(SimilarCommand command) {
        SimilarResults results;
        try (OpenIndex index = command.openIndex()) {
            FigureSearcher searcher = index.searcher();
            results = searcher.similar(SimilarRequest.of(command.figureId).withLimit(command.listing.limit))
                    .orElseThrow(() -> new CliFailure("no figure " + command.figureId + " in " + command.indexDirectory()
                            + ": find figure ids with 'pfocr search'"));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage(), e);
        } catch (IOException e) {
            throw IndexAccess.failure("reading", command.indexDirectory(), e);
        }
        PrintWriter out = command.out();
        switch (command.listing.format) {
            case json -> JsonOutput.writeLine(out, SimilarJson.of(results));
            case tsv -> tsv(out, results);
            case text -> text(out, command.style(), results);
        }
        out.flush();
    }

    private static void tsv(PrintWriter out, SimilarResults results) {
        TsvWriter tsv = new TsvWriter(out, TSV_COLUMNS);
        for (SimilarFigure figure : results.figures()) {
            tsv.row(figure.rank(), figure.figid(), figure.title(), String.format("%.4f", figure.score()),
                    String.format("%.4g", figure.p()), String.format("%.4f", figure.textScore()),
                    String.join(";", figure.sharedGenes()));
        }
    }

    private static void text(PrintWriter out, Style style, SimilarResults results) {
        out.printf("Figures like %s (%s, %d genes)%n", style.bold(ControlCharacters.shown(results.figid())),
                results.title() == null ? "untitled" : ControlCharacters.shown(results.title()), results.geneSetSize());
        for (SimilarFigure figure : results.figures()) {
            FigureHeading.print(out, style, figure.rank(), figure.figid(), figure.year(), List.of(), figure.title());
            out.println("    shared genes (" + figure.sharedGenes().size() + "): "
                    + (figure.sharedGenes().isEmpty() ? "-" : style.highlight(ControlCharacters.shown(String.join(" ", figure.sharedGenes())))));
            out.println("    " + style.dim(String.format("score %.3f · genes p %.3g · text %.3f", figure.score(),
                    figure.p(), figure.textScore())));
        }
    }
}
