package org.pfocr.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pfocr.json.JsonOutput;
import org.pfocr.query.QueryException;
import org.pfocr.results.Facet;
import org.pfocr.results.FacetCount;
import org.pfocr.schema.FigureFields;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;

/**
 * Searches a new server's index through its own endpoints before users do, so that their first
 * searches find the code loaded and compiled (a cold server's first search at 100k figures takes
 * half a second or more, where a warm one takes a few milliseconds): the index's most frequent gene
 * symbols, as words, as fielded queries with facets and with a filter, and in phrases, until a time
 * budget is spent.
 */
final class WarmUp {

    /** Gene symbols the searches are made of. */
    private static final int GENES = 10;

    private WarmUp() {
    }

    /**
     * Runs searches through {@code api} for about {@code budgetNanos}, calling {@code eachSearch} after
     * each; returns how many ran. A search a gene's name makes unparsable (a symbol with a quote, say)
     * is skipped.
     */
    static int run(FigureSearcher searcher, FigureApi api, long budgetNanos, Runnable eachSearch) throws IOException {
        long deadline = System.nanoTime() + budgetNanos;
        List<String> requests = requests(searcher);
        int searches = 0;
        while (System.nanoTime() < deadline) {
            for (String request : requests) {
                try {
                    JsonOutput.bytes(api.search(RequestParameters.of(URI.create("/search?" + request), "/search")));
                } catch (QueryException | IllegalArgumentException e) {
                    continue;
                }
                searches++;
                eachSearch.run();
                if (System.nanoTime() >= deadline) {
                    break;
                }
            }
        }
        return searches;
    }

    private static List<String> requests(FigureSearcher searcher) throws IOException {
        List<String> requests = new ArrayList<>();
        for (Facet facet : allFigures(searcher)) {
            if (!facet.dimension().equals(FigureFields.FACET_GENE)) {
                continue;
            }
            for (FacetCount gene : facet.values()) {
                String symbol = encode(gene.value());
                requests.add("q=" + symbol);
                requests.add("facets=true&q=" + encode("genes:" + gene.value()));
                requests.add("limit=20&filter=" + encode("gene=" + gene.value()) + "&q=" + encode(gene.value() + " OR signaling"));
                requests.add("q=" + encode("\"" + gene.value() + " signaling\"~2"));
            }
        }
        if (requests.isEmpty()) {
            requests.add("facets=true&q=" + encode("*:*"));
        }
        return requests;
    }

    private static List<Facet> allFigures(FigureSearcher searcher) throws IOException {
        try {
            return searcher.search(SearchRequest.of("*:*").withLimit(0).withFacets(true).withFacetLimit(GENES)).facets();
        } catch (QueryException e) {
            throw new IllegalStateException("the query of all figures does not parse", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
