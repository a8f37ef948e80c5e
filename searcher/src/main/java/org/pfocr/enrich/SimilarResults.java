package org.pfocr.enrich;

import java.time.Duration;
import java.util.List;

/**
 * The answer to a {@link SimilarRequest}.
 *
 * @param figid the figure the others were compared with
 * @param title its title, or {@code null}
 * @param geneSetSize how many distinct genes it has
 * @param figures the figures most like it, best first
 * @param took how long the comparison took
 */
public record SimilarResults(String figid, String title, int geneSetSize, List<SimilarFigure> figures, Duration took) {

    public SimilarResults {
        figures = List.copyOf(figures);
    }
}
