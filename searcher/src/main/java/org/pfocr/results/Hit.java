package org.pfocr.results;

import java.util.List;

/**
 * One figure in a result list.
 *
 * @param rank 1-based rank in the whole result list (not just the page)
 * @param figid the figure id
 * @param score the relevance score (BM25 with field boosts)
 * @param title the figure title, or {@code null}
 * @param paperTitle the paper title, or {@code null}
 * @param year the publication year, or {@code null}
 * @param organisms scientific names of the figure's organisms
 * @param genes official symbols of the figure's genes
 * @param pmcid the paper's PMC id, or {@code null}
 * @param url the PMC figure URL, or {@code null}
 * @param snippet the best caption passage with matches marked; the caption's opening when the
 *     caption has no match
 * @param matchedFields the query fields that matched ({@code caption}, {@code genes}, ...)
 * @param explanation how the score was computed, when asked for; otherwise {@code null}
 */
public record Hit(
        int rank, String figid, float score, String title, String paperTitle, Integer year,
        List<String> organisms, List<String> genes, String pmcid, String url, Snippet snippet,
        List<String> matchedFields, String explanation) {

    public Hit {
        organisms = List.copyOf(organisms);
        genes = List.copyOf(genes);
        matchedFields = List.copyOf(matchedFields);
    }
}
