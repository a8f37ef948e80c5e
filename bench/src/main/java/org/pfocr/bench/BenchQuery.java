package org.pfocr.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pfocr.search.SearchRequest;

/**
 * One query of the benchmark's fixed set ({@code queries.tsv}): its category and text.
 *
 * @param category single terms, fielded, boolean, phrase, synonym, range, prefix or all
 * @param text the query as a user types it
 */
public record BenchQuery(String category, String text) {

    /** The fixed set, in file order. */
    public static List<BenchQuery> all() {
        List<BenchQuery> queries = new ArrayList<>();
        try (InputStream in = BenchQuery.class.getResourceAsStream("queries.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    queries.add(new BenchQuery(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** The request the benchmark runs: the top 10 with snippets, and facets when asked. */
    public SearchRequest request(boolean facets) {
        return SearchRequest.of(text).withFacets(facets);
    }
}
