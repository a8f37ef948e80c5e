package org.pfocr.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pfocr.results.Facet;
import org.pfocr.results.FacetCount;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;
import org.pfocr.results.Snippet;

/**
 * The JSON shape of search results (documented in the README): {@code query, total, took_ms,
 * partial, hits[], facets{}}; each hit {@code rank, figid, pmcid, score, title, paper_title, year,
 * organisms, genes, url, snippet, matched} (and {@code explanation} with {@code --explain}).
 * Snippets are HTML-escaped with matches wrapped in {@code <mark>...</mark>}.
 */
public final class SearchJson {

    private SearchJson() {
    }

    /** The JSON object of {@code results}. */
    public static Map<String, Object> of(SearchResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", results.query());
        json.put("total", results.total());
        json.put("took_ms", results.took().toMillis());
        json.put("partial", results.partial());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit hit : results.hits()) {
            hits.add(hit(hit));
        }
        json.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (Facet facet : results.facets()) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (FacetCount value : facet.values()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("value", value.value());
                entry.put("count", value.count());
                values.add(entry);
            }
            facets.put(facet.dimension(), values);
        }
        json.put("facets", facets);
        return json;
    }

    private static Map<String, Object> hit(Hit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", hit.rank());
        json.put("figid", hit.figid());
        json.put("pmcid", hit.pmcid());
        json.put("score", hit.score());
        json.put("title", hit.title());
        json.put("paper_title", hit.paperTitle());
        json.put("year", hit.year());
        json.put("organisms", hit.organisms());
        json.put("genes", hit.genes());
        json.put("url", hit.url());
        json.put("snippet", markedHtml(hit.snippet()));
        json.put("matched", hit.matchedFields());
        if (hit.explanation() != null) {
            json.put("explanation", hit.explanation());
        }
        return json;
    }

    /** The snippet HTML-escaped, matches in {@code <mark>} elements. */
    private static String markedHtml(Snippet snippet) {
        return snippet.render(match -> "<mark>" + escapeHtml(match) + "</mark>", SearchJson::escapeHtml);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
