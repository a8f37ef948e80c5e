package org.pfocr.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;

/**
 * Search results as TSV: a header row, then one row per hit with the columns {@code rank figid
 * pmcid score year title organisms genes url matched snippet}; lists are joined with {@code ;},
 * snippets are plain text; tabs, newlines and backslashes in values are escaped.
 */
final class SearchTsv {

    static final List<String> COLUMNS = List.of(
            "rank", "figid", "pmcid", "score", "year", "title", "organisms", "genes", "url", "matched", "snippet");

    private SearchTsv() {
    }

    static void write(PrintWriter out, SearchResults results) {
        TsvWriter tsv = new TsvWriter(out, COLUMNS);
        for (Hit hit : results.hits()) {
            tsv.row(hit.rank(), hit.figid(), hit.pmcid(), String.format("%.4f", hit.score()), hit.year(), hit.title(),
                    String.join(";", hit.organisms()), String.join(";", hit.genes()), hit.url(),
                    String.join(";", hit.matchedFields()), hit.snippet().text());
        }
    }
}
