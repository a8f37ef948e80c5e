package org.pfocr.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * The gene sets of every figure of one index commit, laid out for enrichment: per figure its
 * gene ids, per gene the figures that have it (both sorted), per organism its figures and the
 * distinct genes among them. Figures are Lucene doc ids; genes are ids into {@link #symbol}.
 * Immutable and thread-safe.
 */
final class FigureGeneSets {

    private final String[] symbols;
    private final Map<String, Integer> geneIds;
    private final String[] figids;
    private final int[] figidOrder;
    private final int[] figureGeneStart;
    private final int[] figureGenes;
    private final int[] geneFigureStart;
    private final int[] geneFigures;
    private final FixedBitSet figuresWithGenes;
    private final FixedBitSet genesInFigures;
    private final Map<String, OrganismSets> organisms;

    /** The figures and genes of one organism. */
    record OrganismSets(String name, FixedBitSet figures, FixedBitSet genes) {
    }

    private FigureGeneSets(List<String> symbols, List<String> organismNames, String[] figids, int[][] genesByFigure,
            int[][] organismsByFigure) {
        this.symbols = symbols.toArray(String[]::new);
        this.figids = figids.clone();
        int figures = figids.length;
        this.figidOrder = figidOrder(figids);
        this.figureGeneStart = new int[figures + 1];
        int[] figuresPerGene = new int[this.symbols.length];
        for (int figure = 0; figure < figures; figure++) {
            int[] genes = genesByFigure[figure];
            figureGeneStart[figure + 1] = figureGeneStart[figure] + genes.length;
            for (int gene : genes) {
                figuresPerGene[gene]++;
            }
        }
        this.figureGenes = new int[figureGeneStart[figures]];
        this.geneFigureStart = new int[this.symbols.length + 1];
        for (int gene = 0; gene < this.symbols.length; gene++) {
            geneFigureStart[gene + 1] = geneFigureStart[gene] + figuresPerGene[gene];
        }
        this.geneFigures = new int[figureGenes.length];
        int[] next = Arrays.copyOf(geneFigureStart, this.symbols.length);
        this.figuresWithGenes = new FixedBitSet(Math.max(1, figures));
        for (int figure = 0; figure < figures; figure++) {
            int[] genes = genesByFigure[figure].clone();
            Arrays.sort(genes);
            System.arraycopy(genes, 0, figureGenes, figureGeneStart[figure], genes.length);
            for (int gene : genes) {
                geneFigures[next[gene]++] = figure;
            }
            if (genes.length > 0) {
                figuresWithGenes.set(figure);
            }
        }
        this.genesInFigures = new FixedBitSet(Math.max(1, this.symbols.length));
        this.geneIds = new HashMap<>();
        for (int gene = 0; gene < this.symbols.length; gene++) {
            if (figuresPerGene[gene] > 0) {
                genesInFigures.set(gene);
                geneIds.put(this.symbols[gene], gene);
            }
        }
        this.organisms = organisms(organismNames, organismsByFigure);
    }

    /**
     * Gene sets of {@code figids.length} figures (doc ids 0..); a {@code null} figid is a deleted
     * document, whose gene and organism lists must be empty.
     *
     * @param symbols gene symbols; gene id {@code i} is {@code symbols.get(i)}
     * @param organismNames organism names; organism id {@code i} is {@code organismNames.get(i)}
     * @param figids the figid of every doc id
     * @param genesByFigure the distinct gene ids of every figure
     * @param organismsByFigure the organism ids of every figure
     */
    static FigureGeneSets of(List<String> symbols, List<String> organismNames, String[] figids,
            int[][] genesByFigure, int[][] organismsByFigure) {
        if (genesByFigure.length != figids.length || organismsByFigure.length != figids.length) {
            throw new IllegalArgumentException("one gene list and one organism list per figure");
        }
        return new FigureGeneSets(symbols, organismNames, figids, genesByFigure, organismsByFigure);
    }

    /** Doc ids run from 0 to this, exclusive. */
    int maxDoc() {
        return figids.length;
    }

    /** The figid of {@code figure}, {@code null} for a deleted document. */
    String figid(int figure) {
        return figids[figure];
    }

    /** The place of {@code figure}'s figid in the sorted order of all figids (to break ties). */
    int figidOrder(int figure) {
        return figidOrder[figure];
    }

    /** How many distinct genes {@code figure} has. */
    int geneCount(int figure) {
        return figureGeneStart[figure + 1] - figureGeneStart[figure];
    }

    /** The gene ids of {@code figure}, ascending (so their symbols are in byte order). */
    int[] genes(int figure) {
        return Arrays.copyOfRange(figureGenes, figureGeneStart[figure], figureGeneStart[figure + 1]);
    }

    /** The symbols of {@code figure}'s genes that are in {@code genes}, by gene id (in an index: by symbol). */
    List<String> symbolsIn(int figure, FixedBitSet genes) {
        List<String> in = new ArrayList<>();
        for (int i = figureGeneStart[figure]; i < figureGeneStart[figure + 1]; i++) {
            if (genes.get(figureGenes[i])) {
                in.add(symbols[figureGenes[i]]);
            }
        }
        return in;
    }

    /** Figures with gene {@code gene} are {@code geneFigures()[figuresStart(gene) .. figuresStart(gene + 1))}. */
    int figuresStart(int gene) {
        return geneFigureStart[gene];
    }

    /** The figure lists of all genes, one after the other; do not modify. */
    int[] geneFigures() {
        return geneFigures;
    }

    /** The symbol of gene id {@code gene}. */
    String symbol(int gene) {
        return symbols[gene];
    }

    /** The id of the gene with official symbol {@code symbol} (exact), -1 when no figure has it. */
    int geneId(String symbol) {
        return geneIds.getOrDefault(symbol, -1);
    }

    /** The symbols of every gene some figure has, in no particular order. */
    Iterable<String> presentSymbols() {
        return geneIds.keySet();
    }

    /** Figures with at least one gene; do not modify. */
    FixedBitSet figuresWithGenes() {
        return figuresWithGenes;
    }

    /** Genes at least one figure has; do not modify. */
    FixedBitSet genesInFigures() {
        return genesInFigures;
    }

    /** The organisms that have figures, by scientific name, in name order. */
    Map<String, OrganismSets> organisms() {
        return organisms;
    }

    private Map<String, OrganismSets> organisms(List<String> names, int[][] organismsByFigure) {
        FixedBitSet[] figures = new FixedBitSet[names.size()];
        FixedBitSet[] genes = new FixedBitSet[names.size()];
        for (int figure = 0; figure < organismsByFigure.length; figure++) {
            for (int organism : organismsByFigure[figure]) {
                if (figures[organism] == null) {
                    figures[organism] = new FixedBitSet(Math.max(1, figids.length));
                    genes[organism] = new FixedBitSet(Math.max(1, symbols.length));
                }
                figures[organism].set(figure);
                for (int i = figureGeneStart[figure]; i < figureGeneStart[figure + 1]; i++) {
                    genes[organism].set(figureGenes[i]);
                }
            }
        }
        Map<String, OrganismSets> byName = new TreeMap<>();
        for (int organism = 0; organism < names.size(); organism++) {
            if (figures[organism] != null) {
                String name = names.get(organism);
                byName.put(name, new OrganismSets(name, figures[organism], genes[organism]));
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static int[] figidOrder(String[] figids) {
        Integer[] figures = new Integer[figids.length];
        Arrays.setAll(figures, i -> i);
        Arrays.sort(figures, (a, b) -> figids[a] == null || figids[b] == null
                ? Boolean.compare(figids[a] == null, figids[b] == null)
                : figids[a].compareTo(figids[b]));
        int[] order = new int[figids.length];
        for (int rank = 0; rank < figures.length; rank++) {
            order[figures[rank]] = rank;
        }
        return order;
    }
}
