package org.pfocr.enrich;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.pfocr.query.QueryException;

/**
 * Gene-set enrichment and similar figures over one index commit: the figures' gene sets, read
 * once from the commit's facet ordinals, with the name resolution that goes with them.
 * Thread-safe; build one per commit and share it.
 */
public final class GeneSetIndex {

    private final Enricher enricher;
    private final SimilarFigureFinder similar;

    private GeneSetIndex(Enricher enricher, SimilarFigureFinder similar) {
        this.enricher = enricher;
        this.similar = similar;
    }

    /**
     * Reads the gene sets of the figures of {@code facets}' reader.
     *
     * @param facets the commit's facet state (dimensions {@code gene} and {@code organism})
     * @param indexAnalyzer the analyzer the text fields were indexed with, for text similarity
     */
    public static GeneSetIndex load(SortedSetDocValuesReaderState facets, Analyzer indexAnalyzer) throws IOException {
        FigureGeneSets sets = GeneSetReader.read(facets);
        return new GeneSetIndex(
                new Enricher(facets.getReader(), sets, new GeneNameResolver(sets, facets.getReader())),
                new SimilarFigureFinder(facets.getReader(), sets, indexAnalyzer));
    }

    /**
     * Tests the request's gene list against every figure (that passes its filters).
     *
     * @param parsing parses the request's query, as searches do
     * @throws QueryException when the request's query cannot be parsed or run
     * @throws IllegalArgumentException when no figure is of the request's organism, or its
     *     background is smaller than the list or a tested gene set; the message says what to do
     */
    public EnrichResults enrich(EnrichRequest request, QueryParsing parsing) throws IOException, QueryException {
        return enricher.enrich(request, parsing);
    }

    /** The figures most like the request's figure, document {@code figure} of the commit's reader. */
    public SimilarResults similar(SimilarRequest request, int figure) throws IOException {
        return similar.find(request, figure);
    }
}
