package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pfocr.json.FigureJson;
import org.pfocr.json.JsonOutput;
import org.pfocr.record.GeneMention;
import org.pfocr.record.Mention;
import org.pfocr.results.Figure;
import org.pfocr.search.FigureSearcher;

/** Runs {@code pfocr show FIGID}: every stored field of one figure, as text or JSON. */
final class ShowRun {

    /** Text lines are wrapped to this many columns. */
    private static final int WIDTH = 100;

    private ShowRun() {
    }

    static void run(ShowCommand command) {
        if (command.figureId.isBlank()) {
            throw CliFailure.usage("FIGID is empty: find figure ids with 'pfocr search'", null);
        }
        Figure figure;
        try (OpenIndex index = command.openIndex()) {
            FigureSearcher searcher = index.searcher();
            figure = searcher.get(command.figureId).orElseThrow(() -> new CliFailure("no figure " + command.figureId
                    + " in " + command.indexDirectory() + ": find figure ids with 'pfocr search'"));
        } catch (IOException e) {
            throw IndexAccess.failure("reading", command.indexDirectory(), e);
        }
        if (command.report.format == ReportFormat.json) {
            JsonOutput.writeLine(command.out(), FigureJson.of(figure));
        } else {
            text(command.out(), command.style(), figure);
        }
        command.out().flush();
    }

    private static void text(PrintWriter out, Style style, Figure figure) {
        out.println(style.bold(ControlCharacters.shown(figure.figid())));
        line(out, style, "title", figure.title());
        line(out, style, "paper", figure.paperTitle());
        line(out, style, "reference", figure.reference());
        line(out, style, "journal", figure.journal());
        line(out, style, "year", figure.year() == null ? null : figure.year().toString());
        line(out, style, "pmcid", figure.pmcid());
        line(out, style, "doi", figure.doi());
        line(out, style, "figure", join(" ", figure.number(), figure.figureType() == null ? null : "(" + figure.figureType() + ")"));
        line(out, style, "url", figure.url());
        line(out, style, "organisms", String.join(", ", figure.organisms()));
        line(out, style, "caption", figure.caption());
        line(out, style, "genes", genes(figure));
        line(out, style, "chemicals", mentionText(figure.chemicals()));
        line(out, style, "diseases", mentionText(figure.diseases()));
        line(out, style, "keywords", String.join(", ", figure.keywords()));
        line(out, style, "source", figure.sourcePath());
    }

    /** Genes grouped by symbol: {@code TNFSF11 (8600) <- RANKL}, one per line. */
    private static String genes(Figure figure) {
        Map<String, List<GeneMention>> bySymbol = new LinkedHashMap<>();
        for (GeneMention gene : figure.genes()) {
            bySymbol.computeIfAbsent(String.valueOf(gene.symbol()), s -> new ArrayList<>()).add(gene);
        }
        return bySymbol.entrySet().stream().map(e -> {
            GeneMention first = e.getValue().getFirst();
            String words = e.getValue().stream().map(GeneMention::word).distinct().collect(Collectors.joining(", "));
            return e.getKey() + (first.entrez() == null ? "" : " (" + first.entrez() + ")") + " <- " + words;
        }).collect(Collectors.joining("\n"));
    }

    private static String mentionText(List<Mention> mentions) {
        return mentions.stream()
                .map(m -> m.word() + (m.name() == null || m.name().equals(m.word()) ? "" : " = " + m.name())
                        + (m.identifier() == null ? "" : " (" + m.identifier() + ")"))
                .collect(Collectors.joining("\n"));
    }

    private static void line(PrintWriter out, Style style, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String prefix = style.dim(String.format("%-10s", label)) + " ";
        for (String paragraph : ControlCharacters.shown(value).split("\n")) {
            for (String wrapped : wrap(paragraph, WIDTH - 11)) {
                out.println(prefix + wrapped);
                prefix = " ".repeat(11);
            }
        }
    }

    /** {@code text} cut at spaces into lines of at most {@code width} characters (longer words stay whole). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }
}
