package org.pfocr.enrich;

import java.time.Duration;
import java.util.List;

/**
 * The answer to an {@link EnrichRequest}.
 *
 * @param resolution how each name of the list was resolved to genes of the index
 * @param outsideBackground resolved genes left out of the test because no tested organism's
 *     figure has them (only with an organism)
 * @param listSize the genes of the list the test used: {@code n}
 * @param background the background size: {@code N}
 * @param organism the organism the figures were restricted to (scientific name), or {@code null}
 * @param query the query the figures were restricted to, or {@code null}
 * @param tested how many figures were tested: those passing the organism and query filters that
 *     have at least one gene (the m of the Benjamini–Hochberg correction)
 * @param total how many figures pass the minimum overlap and the FDR cut-off
 * @param figures the best {@code limit} of those, by p-value
 * @param took how long the enrichment took
 */
public record EnrichResults(
        GeneResolution resolution, List<String> outsideBackground, int listSize, int background, String organism,
        String query, int tested, int total, List<EnrichedFigure> figures, Duration took) {

    public EnrichResults {
        outsideBackground = List.copyOf(outsideBackground);
        figures = List.copyOf(figures);
    }
}
