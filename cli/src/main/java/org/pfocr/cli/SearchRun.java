package org.pfocr.cli;

import java.io.IOException;
import java.util.Optional;
import org.pfocr.json.JsonOutput;
import org.pfocr.json.SearchJson;
import org.pfocr.query.QueryException;
import org.pfocr.results.SearchResults;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;
import org.pfocr.search.SortOrder;

/** Runs {@code pfocr search}: the request from the options, the results in the chosen format. */
final class SearchRun {

    private SearchRun() {
    }

    static void run(SearchCommand command) {
        SearchRequest request = SearchRequest.of(command.query())
                .withLimit(command.listing.limit)
                .withOffset(command.offset)
                .withSort(command.sort == SearchCommand.Sort.year ? SortOrder.YEAR : SortOrder.RELEVANCE)
                .withFacets(command.facets)
                .withExplain(command.explain);
        for (String filter : command.filters) {
            Optional<SearchRequest.FacetFilter> parsed;
            try {
                parsed = SearchRequest.FacetFilter.parse(filter);
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("in --filter: " + e.getMessage(), e);
            }
            request = request.withFilter(parsed.orElseThrow(() -> CliFailure.usage(
                    "--filter needs FACET=VALUE, such as organism='Homo sapiens', not '" + filter + "'", null)));
        }
        if (command.timeout != null) {
            request = request.withTimeout(command.timeout);
        }
        SearchResults results;
        try (OpenIndex index = command.openIndex()) {
            FigureSearcher searcher = index.searcher();
            results = searcher.search(request);
        } catch (QueryException e) {
            throw CliFailure.usage(e.getMessage(), e);
        } catch (IOException e) {
            throw IndexAccess.failure("searching", command.indexDirectory(), e);
        }
        switch (command.listing.format) {
            case json -> JsonOutput.writeLine(command.out(), SearchJson.of(results));
            case tsv -> {
                if (command.facets || command.explain) {
                    String options = command.facets && command.explain ? "--facets and --explain need"
                            : command.facets ? "--facets needs" : "--explain needs";
                    command.err().println("pfocr: note: TSV holds the hits only; " + options + " --format text or json");
                    command.err().flush();
                }
                SearchTsv.write(command.out(), results);
            }
            case text -> new SearchText(command.out(), command.style()).write(results);
        }
        command.out().flush();
    }
}
