package org.pfocr.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a listed figure in text output, shared by search, enrich and similar:
 * {@code  1. figid · year · organisms} and the figure title in bold; details follow indented. Record
 * text goes through {@link ControlCharacters#shown}, as it must wherever text output prints it.
 */
final class FigureHeading {

    /** The indentation of the lines under a heading. */
    static final String INDENT = "    ";

    private FigureHeading() {
    }

    static void print(PrintWriter out, Style style, int rank, String figid, Integer year, List<String> organisms,
            String title) {
        out.println();
        List<String> facts = new ArrayList<>();
        facts.add(ControlCharacters.shown(figid));
        if (year != null) {
            facts.add(year.toString());
        }
        if (!organisms.isEmpty()) {
            facts.add(ControlCharacters.shown(String.join(", ", organisms)));
        }
        out.printf("%3d. %s%n", rank, String.join(style.dim(" · "), facts));
        if (title != null) {
            out.println(INDENT + style.bold(ControlCharacters.shown(title)));
        }
    }
}
