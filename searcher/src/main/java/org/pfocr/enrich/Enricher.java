package org.pfocr.enrich;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.FixedBitSet;
import org.pfocr.query.QueryException;
import org.pfocr.search.InvalidRequestException;

/**
 * Runs one {@link EnrichRequest}: resolves the list, picks the figures to test and the
 * background, ranks the figures by {@link OverlapRanking} and lists the best.
 */
final class Enricher {

    private final IndexReader reader;
    private final FigureGeneSets sets;
    private final GeneNameResolver resolver;

    Enricher(IndexReader reader, FigureGeneSets sets, GeneNameResolver resolver) {
        this.reader = reader;
        this.sets = sets;
        this.resolver = resolver;
    }

    /** Runs {@code request}, its query parsed by {@code parsing}. */
    EnrichResults enrich(EnrichRequest request, QueryParsing parsing) throws IOException, QueryException {
        long start = System.nanoTime();
        GeneResolution resolution = resolver.resolve(request.genes());
        FigureGeneSets.OrganismSets organism =
                request.organism() == null ? null : FigureFilters.organism(sets, request.organism());
        FixedBitSet candidates = candidates(request, organism, parsing);
        FixedBitSet universe = organism == null ? sets.genesInFigures() : organism.genes();
        ListGenes list = ListGenes.of(sets, resolution.symbols(), universe);
        int background = request.background() == null ? universe.cardinality() : request.background();
        checkBackground(request, list.ids().length, candidates);
        int tested = candidates.cardinality();
        OverlapRanking ranking = OverlapRanking.rank(sets, list.ids(), candidates, tested, background);
        OverlapRanking.Page page = ranking.page(request.minOverlap(), Math.log(request.maxFdr()), request.limit());
        List<EnrichedFigure> figures = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (OverlapRanking.Entry entry : page.entries()) {
            figures.add(figure(figures.size() + 1, entry, list, background, stored));
        }
        return new EnrichResults(resolution, list.outside(), list.ids().length, background,
                organism == null ? null : organism.name(), request.query(), tested, page.total(), figures,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The figures with genes that pass the request's organism and query filters. */
    private FixedBitSet candidates(EnrichRequest request, FigureGeneSets.OrganismSets organism, QueryParsing parsing)
            throws IOException, QueryException {
        FixedBitSet candidates = sets.figuresWithGenes().clone();
        if (organism != null) {
            candidates.and(organism.figures());
        }
        if (request.query() != null) {
            candidates.and(FigureFilters.matching(reader, parsing.parse(request.query()), request.query()));
        }
        return candidates;
    }

    private EnrichedFigure figure(int rank, OverlapRanking.Entry entry, ListGenes list, int background,
            StoredFields stored) throws IOException {
        int setSize = sets.geneCount(entry.figure());
        FigureLabels labels = FigureLabels.read(stored, entry.figure());
        return new EnrichedFigure(rank, sets.figid(entry.figure()), labels.title(), labels.paperTitle(), labels.year(),
                sets.symbolsIn(entry.figure(), list.genes()), entry.overlap(), setSize,
                OddsRatio.of(entry.overlap(), background, setSize, list.ids().length),
                Math.exp(entry.logP()), Math.exp(entry.logQ()));
    }

    /** An explicit background must hold the list and every tested gene set. */
    private void checkBackground(EnrichRequest request, int listSize, FixedBitSet candidates) {
        if (request.background() == null) {
            return;
        }
        int background = request.background();
        if (background < listSize) {
            throw new InvalidRequestException("the background of " + background + " genes is smaller than the "
                    + listSize + " genes of the list: give a larger background, or leave it out");
        }
        for (int figure = 0; figure < sets.maxDoc(); figure++) {
            if (candidates.get(figure) && sets.geneCount(figure) > background) {
                throw new InvalidRequestException("the background of " + background + " genes is smaller than the "
                        + sets.geneCount(figure) + " genes of figure " + sets.figid(figure)
                        + ": give a larger background, or leave it out");
            }
        }
    }

    /**
     * The genes of the list the test uses: those inside the background's gene universe.
     *
     * @param genes their gene ids as a set
     * @param ids their gene ids, ascending
     * @param outside the list's symbols outside the universe
     */
    private record ListGenes(FixedBitSet genes, int[] ids, List<String> outside) {

        static ListGenes of(FigureGeneSets sets, List<String> symbols, FixedBitSet universe) {
            FixedBitSet genes = new FixedBitSet(universe.length());
            List<String> outside = new ArrayList<>();
            for (String symbol : symbols) {
                int gene = sets.geneId(symbol);
                if (universe.get(gene)) {
                    genes.set(gene);
                } else {
                    outside.add(symbol);
                }
            }
            int[] ids = new int[genes.cardinality()];
            int bit = -1;
            for (int next = 0; next < ids.length; next++) {
                bit = genes.nextSetBit(bit + 1);
                ids[next] = bit;
            }
            return new ListGenes(genes, ids, outside);
        }
    }
}
