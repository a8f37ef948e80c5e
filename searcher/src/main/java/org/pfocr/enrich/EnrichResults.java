package org.pfocr.enrich;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * What to tell the caller when none of the list's names is a gene of the index (of the
     * organism), so that the test had no list at all; empty otherwise.
     */
    public Optional<String> noGenesProblem() {
        if (listSize > 0) {
            return Optional.empty();
        }
        return Optional.of("none of the names is a gene of the index" + (organism == null ? "" : " in " + organism)
                + ": check the spelling (symbols, aliases or Entrez ids)");
    }
}
