package org.pfocr.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.pfocr.results.Facet;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;

/**
 * Search results for people: a header line, then per hit its rank, figid, year and organisms,
 * the figure title in bold, the snippet with matches highlighted, what matched, and the PMC
 * figure URL; facets last. Plain text when colour is off.
 */
final class SearchText {

    private static final String INDENT = FigureHeading.INDENT;

    private final PrintWriter out;
    private final Style style;

    SearchText(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    void write(SearchResults results) {
        out.println(header(results));
        for (Hit hit : results.hits()) {
            FigureHeading.print(out, style, hit.rank(), hit.figid(), hit.year(), hit.organisms(), hit.title());
            if (!hit.snippet().text().isEmpty()) {
                out.println(INDENT + hit.snippet().render(match -> style.highlight(ControlCharacters.shown(match)),
                        ControlCharacters::shown));
            }
            out.println(INDENT + style.dim("matched: " + (hit.matchedFields().isEmpty() ? "-"
                    : String.join(", ", hit.matchedFields())) + String.format(" · score %.3f", hit.score())));
            if (hit.url() != null) {
                out.println(INDENT + ControlCharacters.shown(hit.url()));
            }
            if (hit.explanation() != null) {
                hit.explanation().lines().forEach(line -> out.println(INDENT + style.dim(ControlCharacters.shown(line))));
            }
        }
        if (results.facets().stream().anyMatch(facet -> !facet.values().isEmpty())) {
            out.println();
            for (Facet facet : results.facets()) {
                if (facet.values().isEmpty()) {
                    continue;
                }
                out.println(style.bold(facet.dimension()) + ": " + facet.values().stream()
                        .map(v -> ControlCharacters.shown(v.value()) + " " + v.count())
                        .collect(Collectors.joining(style.dim(" · "))));
            }
        }
    }

    private String header(SearchResults results) {
        String shown = results.hits().isEmpty() ? "none shown"
                : "showing " + results.hits().getFirst().rank() + "-" + results.hits().getLast().rank();
        return String.format("%,d %s %s (%s, %d ms)%s", results.total(),
                results.total() == 1 ? "figure matches" : "figures match",
                style.bold(ControlCharacters.shown(results.query())), shown, results.took().toMillis(),
                results.partial() ? style.highlight(" — stopped at the time limit: results are partial") : "");
    }
}
