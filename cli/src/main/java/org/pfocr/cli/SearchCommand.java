package org.pfocr.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code pfocr search QUERY...}: finds figures matching a query. */
@Command(name = "search", description = "Search the index; the words of QUERY are joined with spaces.")
final class SearchCommand extends Subcommand {

    /** How hits are ordered; lower case, as users type them. */
    enum Sort {
        relevance,
        year
    }

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (see the README for its syntax).")
    List<String> queryWords;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip first (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "Order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sort sort;

    @Mixin
    ListingOptions listing;

    @Option(names = "--facets", description = "Also print facet counts for all hits.")
    boolean facets;

    @Option(names = "--explain", description = "Show how each hit's score was computed.")
    boolean explain;

    @Option(names = "--filter", paramLabel = "FACET=VALUE",
            description = "Keep only figures with this facet value (drill-down), e.g. organism='Homo sapiens',"
                    + " year=2012, gene=STAT3, journal=eLife; repeatable: two values of one facet keep figures"
                    + " with either, different facets must all match.")
    List<String> filters = new ArrayList<>();
    @Option(
            names = "--timeout",
            paramLabel = "TIME",
            converter = TimeLimit.class,
            description = {
                "Stop the search after TIME and show the hits found so far, marked partial:",
                "seconds (5, 2.5, 5s) or milliseconds (500ms) (default: 5 s)."
            })
    Duration timeout;

    /** The query as one string. */
    String query() {
        return String.join(" ", queryWords);
    }

    @Override
    public Integer call() {
        if (listing.limit < 0 || offset < 0) {
            String option = listing.limit < 0 ? "--limit" : "--offset";
            throw new ParameterException(spec().commandLine(), option + " must not be negative, not "
                    + (listing.limit < 0 ? listing.limit : offset));
        }
        SearchRun.run(this);
        return 0;
    }
}
