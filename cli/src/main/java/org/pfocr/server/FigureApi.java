package org.pfocr.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pfocr.enrich.EnrichRequest;
import org.pfocr.enrich.EnrichResults;
import org.pfocr.enrich.GeneLists;
import org.pfocr.enrich.SimilarRequest;
import org.pfocr.json.EnrichJson;
import org.pfocr.json.FigureJson;
import org.pfocr.json.SearchJson;
import org.pfocr.json.SimilarJson;
import org.pfocr.json.StatsJson;
import org.pfocr.query.QueryException;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;
import org.pfocr.search.SortOrder;

/**
 * The server's endpoints over one searcher: each turns a request's parameters into a request of
 * the embedding API and answers with the JSON the matching {@code pfocr} command prints with
 * {@code --format json}.
 */
final class FigureApi {

    /** The most hits one page may ask for. */
    static final int MAX_LIMIT = 1_000;
    /** The deepest page: hits to skip at most (deeper pages cost memory for every hit above them). */
    static final int MAX_OFFSET = 10_000;
    /** The longest time limit a search may ask for, in milliseconds. */
    static final int MAX_TIMEOUT_MS = 60_000;

    private final FigureSearcher searcher;

    FigureApi(FigureSearcher searcher) {
        this.searcher = searcher;
    }

    /** {@code /search?q=QUERY}: a page of ranked hits with snippets, facets on request. */
    Object search(RequestParameters request) throws IOException, QueryException {
        request.accepting("q", "limit", "offset", "sort", "facets", "explain", "filter", "timeout_ms");
        SearchRequest search = SearchRequest.of(request.required("q", "q=genes:STAT3"))
                .withLimit(request.integer("limit", SearchRequest.DEFAULT_LIMIT, 0, MAX_LIMIT))
                .withOffset(request.integer("offset", 0, 0, MAX_OFFSET))
                .withSort(sort(request.text("sort")))
                .withFacets(request.flag("facets"))
                .withExplain(request.flag("explain"))
                .withTimeout(Duration.ofMillis(request.integer("timeout_ms",
                        (int) SearchRequest.DEFAULT_TIMEOUT.toMillis(), 1, MAX_TIMEOUT_MS)));
        for (String filter : request.all("filter")) {
            search = search.withFilter(SearchRequest.FacetFilter.parse(filter).orElseThrow(() -> HttpFailure.badRequest(
                    "the parameter 'filter' takes FACET=VALUE, such as organism=Homo sapiens, not '" + filter + "'")));
        }
        return SearchJson.of(searcher.search(search));
    }

    private static SortOrder sort(String sort) {
        if (sort == null || sort.isEmpty()) {
            return SortOrder.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "year" -> SortOrder.YEAR;
            default -> throw HttpFailure.badRequest("the parameter 'sort' takes relevance or year, not '" + sort + "'");
        };
    }

    /** {@code /figures/FIGID}: every stored field of one figure. */
    Object figure(RequestParameters request) throws IOException {
        request.accepting();
        String figid = request.pathRest();
        return FigureJson.of(searcher.get(figid).orElseThrow(() -> noFigure(figid)));
    }

    /** {@code /similar/FIGID}: the figures whose genes and words are most like this figure's. */
    Object similar(RequestParameters request) throws IOException {
        request.accepting("limit");
        String figid = request.pathRest();
        SimilarRequest similar = SimilarRequest.of(figid)
                .withLimit(request.integer("limit", SimilarRequest.DEFAULT_LIMIT, 0, MAX_LIMIT));
        return SimilarJson.of(searcher.similar(similar).orElseThrow(() -> noFigure(figid)));
    }

    private static HttpFailure noFigure(String figid) {
        return HttpFailure.notFound("no figure " + figid + " in the index: find figure ids with /search");
    }

    /**
     * {@code /enrich?genes=A,B,C}: the figures over-represented in a gene list, given in {@code genes}
     * parameters or, for a long list, as the body of a POST (a gene list file as it is).
     */
    Object enrich(RequestParameters request) throws IOException, QueryException {
        request.accepting("genes", "query", "organism", "min_overlap", "max_fdr", "background", "limit");
        List<String> genes = new ArrayList<>();
        for (String text : request.all("genes")) {
            genes.addAll(GeneLists.parse(text));
        }
        genes.addAll(GeneLists.parse(request.body()));
        if (genes.isEmpty()) {
            throw HttpFailure.badRequest("no genes: name them in 'genes', separated by commas or spaces (e.g."
                    + " genes=STAT3,JAK2,IL6), or POST the list as the body");
        }
        String background = request.text("background");
        EnrichRequest enrich = EnrichRequest.of(genes)
                .withQuery(request.text("query"))
                .withOrganism(request.text("organism"))
                .withMinOverlap(request.integer("min_overlap", EnrichRequest.DEFAULT_MIN_OVERLAP, 1, Integer.MAX_VALUE))
                .withMaxFdr(request.decimal("max_fdr", 1.0))
                .withBackground(background == null ? null : request.integer("background", 0, 1, Integer.MAX_VALUE))
                .withLimit(request.integer("limit", EnrichRequest.DEFAULT_LIMIT, 0, MAX_LIMIT));
        EnrichResults results = searcher.enrich(enrich);
        results.noGenesProblem().ifPresent(problem -> {
            throw HttpFailure.badRequest(problem);
        });
        return EnrichJson.of(results);
    }

    /** {@code /stats}: what the index holds. */
    Object stats(RequestParameters request) throws IOException {
        request.accepting();
        return StatsJson.of(searcher.indexDir(), searcher.stats());
    }

    /** {@code /}: the endpoints, and the index they read. */
    Object home(RequestParameters request) throws IOException {
        request.accepting();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", searcher.indexDir().toString());
        json.put("figures", searcher.stats().figures());
        json.put("endpoints", List.of("/search?q=QUERY", "/figures/FIGID", "/similar/FIGID", "/enrich?genes=A,B,C",
                "/stats"));
        return json;
    }
}
