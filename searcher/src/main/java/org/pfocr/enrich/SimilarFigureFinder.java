package org.pfocr.enrich;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;
import org.pfocr.schema.FigureFields;

/**
 * The figures most like one figure, from two similarities to the other figures:
 * <ul>
 *   <li>genes: {@code -log p} of the gene-set overlap, the figure's genes as the list tested
 *       against every other figure with Fisher's exact test ({@link OverlapRanking}, background:
 *       all genes of the index);</li>
 *   <li>text: the score of Lucene's {@link MoreLikeThis} query over caption, figure title and
 *       paper title.</li>
 * </ul>
 * Each is divided by its largest value, and the two are combined by their geometric mean, so a
 * figure must be similar in both respects to rank high: gene overlaps alone are inflated by
 * family words ({@code MAPK} stands for nine genes), text alone matches figures that share no
 * gene. Figures with only one kind of similarity follow, by the mean of the two. A figure without
 * genes is compared by its text alone (and one whose text no other figure shares, by its genes).
 * The candidates are the best {@value #POOL} figures by each similarity.
 */
final class SimilarFigureFinder {

    /** How many figures each similarity contributes as candidates. */
    static final int POOL = 100;
    private static final String[] TEXT_FIELDS =
            {FigureFields.CAPTION, FigureFields.FIGURE_TITLE, FigureFields.PAPER_TITLE};

    private final IndexReader reader;
    private final FigureGeneSets sets;
    private final Analyzer analyzer;

    /** Compares figures of {@code reader}, re-analysing stored text with {@code analyzer}. */
    SimilarFigureFinder(IndexReader reader, FigureGeneSets sets, Analyzer analyzer) {
        this.reader = reader;
        this.sets = sets;
        this.analyzer = analyzer;
    }

    /** The figures most like {@code request.figid()}, which is document {@code figure}. */
    SimilarResults find(SimilarRequest request, int figure) throws IOException {
        long start = System.nanoTime();
        IndexSearcher searcher = new IndexSearcher(reader);
        OverlapRanking genes = geneRanking(figure);
        List<OverlapRanking.Entry> byGenes = genes.page(1, 0, POOL).entries();
        Map<Integer, Candidate> candidates = new HashMap<>();
        byGenes.forEach(entry -> candidates.put(entry.figure(), new Candidate(entry.figure())));
        int texts = 0;
        for (ScoreDoc hit : textRanking(searcher, figure)) {
            if (hit.doc != figure && texts++ < POOL) {
                candidates.computeIfAbsent(hit.doc, Candidate::new).textScore = hit.score;
            }
        }
        double maxGenes = byGenes.isEmpty() ? 0 : -byGenes.get(0).logP();
        double maxText = candidates.values().stream().mapToDouble(c -> c.textScore).max().orElse(0);
        for (Candidate candidate : candidates.values()) {
            candidate.logP = genes.logP(candidate.figure);
            candidate.combine(maxGenes, maxText);
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingDouble(c -> -c.mean)
                .thenComparingInt(c -> sets.figidOrder(c.figure)));
        return results(request, figure, ranked, start);
    }

    private SimilarResults results(SimilarRequest request, int figure, List<Candidate> ranked, long start)
            throws IOException {
        FixedBitSet figureGenes = new FixedBitSet(Math.max(1, sets.genesInFigures().length()));
        for (int gene : sets.genes(figure)) {
            figureGenes.set(gene);
        }
        StoredFields stored = reader.storedFields();
        List<SimilarFigure> similar = new ArrayList<>();
        for (Candidate candidate : ranked.subList(0, Math.min(request.limit(), ranked.size()))) {
            FigureLabels labels = FigureLabels.read(stored, candidate.figure);
            similar.add(new SimilarFigure(similar.size() + 1, sets.figid(candidate.figure), labels.title(),
                    labels.paperTitle(), labels.year(), candidate.score,
                    sets.symbolsIn(candidate.figure, figureGenes), Math.exp(candidate.logP), candidate.textScore));
        }
        return new SimilarResults(request.figid(), FigureLabels.read(stored, figure).title(), sets.geneCount(figure),
                similar, Duration.ofNanos(System.nanoTime() - start));
    }

    private OverlapRanking geneRanking(int figure) {
        FixedBitSet others = sets.figuresWithGenes().clone();
        others.clear(figure);
        return OverlapRanking.rank(sets, sets.genes(figure), others, others.cardinality(),
                sets.genesInFigures().cardinality());
    }

    private ScoreDoc[] textRanking(IndexSearcher searcher, int figure) throws IOException {
        MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
        moreLikeThis.setAnalyzer(analyzer);
        moreLikeThis.setFieldNames(TEXT_FIELDS);
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMinDocFreq(2);
        moreLikeThis.setBoost(true);
        return searcher.search(moreLikeThis.like(figure), POOL + 1).scoreDocs;
    }

    /** One candidate figure and its two similarities. */
    private static final class Candidate {
        final int figure;
        double logP;
        double textScore;
        double score;
        double mean;

        Candidate(int figure) {
            this.figure = figure;
        }

        /**
         * Scales both similarities by their largest values and combines them; when no candidate
         * has one of the two (a figure without genes, or without text in common), the other alone.
         */
        void combine(double maxGenes, double maxText) {
            double genes = maxGenes > 0 ? -logP / maxGenes : 0;
            double text = maxText > 0 ? textScore / maxText : 0;
            mean = (genes + text) / 2;
            score = maxGenes > 0 && maxText > 0 ? Math.sqrt(genes * text) : genes + text;
        }
    }
}
