package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.pfocr.json.JsonOutput;
import org.pfocr.json.StatsJson;
import org.pfocr.results.IndexStats;
import org.pfocr.search.FigureSearcher;

/** Runs {@code pfocr stats}: what the index holds, as text or JSON. */
final class StatsRun {

    private StatsRun() {
    }

    static void run(StatsCommand command) {
        IndexStats stats;
        try (OpenIndex index = command.openIndex()) {
            FigureSearcher searcher = index.searcher();
            stats = searcher.stats();
        } catch (IOException e) {
            throw IndexAccess.failure("reading", command.indexDirectory(), e);
        }
        if (command.report.format == ReportFormat.json) {
            JsonOutput.writeLine(command.out(), StatsJson.of(command.indexDirectory(), stats));
        } else {
            text(command.out(), command.style(), command, stats);
        }
        command.out().flush();
    }

    private static void text(PrintWriter out, Style style, StatsCommand command, IndexStats stats) {
        row(out, style, "index", command.indexDirectory().toString());
        row(out, style, "figures", String.format("%,d", stats.figures()));
        row(out, style, "genes", String.format("%,d distinct symbols", stats.genes()));
        row(out, style, "organisms", counts(stats.organisms()));
        row(out, style, "years", counts(stats.years()));
        row(out, style, "synonyms", counts(stats.synonyms()));
        row(out, style, "schema", stats.schemaVersion() + " (built by pfocr " + stats.builtBy() + ", " + stats.committed() + ")");
        row(out, style, "sources", String.join(", ", stats.sources()));
        row(out, style, "size", String.format("%,.1f MB", stats.sizeBytes() / 1e6));
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** One {@code label value} line of a report, the label dimmed and padded. */
    static void row(PrintWriter out, Style style, String label, String value) {
        out.printf("%s %s%n", style.dim(String.format("%-10s", label)), ControlCharacters.shown(value));
    }
}
