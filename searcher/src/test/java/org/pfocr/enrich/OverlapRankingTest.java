package org.pfocr.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** Overlap counting, p-values, q-values, order and cuts on small synthetic gene sets. */
class OverlapRankingTest {

    private static final List<String> SYMBOLS = List.of("G0", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9");
    private static final List<String> ORGANISMS = List.of("Homo sapiens", "Mus musculus");

    /** Six docs: two figures with the same genes, a deleted doc, a figure without genes. */
    private static FigureGeneSets sample() {
        String[] figids = {"F-b", "F-a", "F-c", null, "F-d", "F-e"};
        int[][] genes = {{3, 1, 0, 2}, {0, 1, 2, 3}, {4, 0}, {}, {}, {5, 6, 7, 8, 9}};
        int[][] organisms = {{0}, {0}, {1}, {}, {0}, {1}};
        return FigureGeneSets.of(SYMBOLS, ORGANISMS, figids, genes, organisms);
    }

    private static int[] figures(OverlapRanking.Page page) {
        return page.entries().stream().mapToInt(OverlapRanking.Entry::figure).toArray();
    }

    @Test
    void ranksFiguresSharingGenesByPThenFigid() {
        FigureGeneSets sets = sample();
        OverlapRanking ranking = OverlapRanking.rank(sets, new int[] {0, 1, 2}, null, 4, 10);
        OverlapRanking.Page page = ranking.page(1, 0, 10);
        assertArrayEquals(new int[] {1, 0, 2}, figures(page));
        assertEquals(3, page.total());
        double p = Hypergeometric.logUpperTail(3, 10, 4, 3);
        double pSmall = Hypergeometric.logUpperTail(1, 10, 2, 3);
        double[] q = BenjaminiHochberg.logQValues(new double[] {p, p, pSmall}, 4);
        assertEquals(List.of(new OverlapRanking.Entry(1, 3, p, q[0]), new OverlapRanking.Entry(0, 3, p, q[1]),
                new OverlapRanking.Entry(2, 1, pSmall, q[2])), page.entries());
        assertEquals(pSmall, ranking.logP(2));
        assertEquals(0, ranking.logP(5), "a figure sharing no gene has p = 1");
        assertEquals(0, ranking.overlap(5));
    }

    @Test
    void cutsByOverlapAndQAndPages() {
        OverlapRanking ranking = OverlapRanking.rank(sample(), new int[] {0, 1, 2}, null, 4, 10);
        assertArrayEquals(new int[] {1, 0}, figures(ranking.page(2, 0, 10)));
        OverlapRanking.Page first = ranking.page(1, 0, 1);
        assertArrayEquals(new int[] {1}, figures(first));
        assertEquals(3, first.total());
        double q = ranking.page(1, 0, 1).entries().get(0).logQ();
        assertEquals(2, ranking.page(1, q, 10).total());
        assertEquals(0, ranking.page(1, q - 1e-9, 10).total());
    }

    @Test
    void testsOnlyTheCandidates() {
        FigureGeneSets sets = sample();
        FixedBitSet mouse = sets.organisms().get("Mus musculus").figures().clone();
        mouse.and(sets.figuresWithGenes());
        OverlapRanking ranking = OverlapRanking.rank(sets, new int[] {0, 1, 2}, mouse, mouse.cardinality(), 7);
        List<OverlapRanking.Entry> entries = ranking.page(1, 0, 10).entries();
        assertEquals(1, entries.size());
        assertEquals(2, entries.get(0).figure());
        assertEquals(Math.min(0, Hypergeometric.logUpperTail(1, 7, 2, 3) + Math.log(2)), entries.get(0).logQ(), 1e-15);
    }

    @Test
    void equalPValuesOfDifferentOverlapsInterleaveByFigid() {
        // background 4, list of 3: any overlap at the bottom of its support has p = 1 exactly
        List<String> symbols = List.of("A", "B", "C", "D");
        String[] figids = {"c", "b", "a"};
        int[][] genes = {{0, 1, 3}, {0, 3}, {1, 2, 3}};
        OverlapRanking ranking = OverlapRanking.rank(FigureGeneSets.of(symbols, List.of(), figids, genes,
                new int[3][0]), new int[] {0, 1, 2}, null, 3, 4);
        assertArrayEquals(new int[] {2, 1, 0}, figures(ranking.page(1, 0, 10)));
        assertArrayEquals(new int[] {2, 1}, figures(ranking.page(1, 0, 2)));
        assertArrayEquals(new int[] {2, 0}, figures(ranking.page(2, 0, 10)));
    }

    @Test
    void setsKnowTheirOrganismsAndBackgrounds() {
        FigureGeneSets sets = sample();
        assertEquals(List.of("Homo sapiens", "Mus musculus"), List.copyOf(sets.organisms().keySet()));
        assertEquals(4, sets.organisms().get("Homo sapiens").genes().cardinality());
        assertEquals(7, sets.organisms().get("Mus musculus").genes().cardinality());
        assertEquals(3, sets.organisms().get("Homo sapiens").figures().cardinality());
        assertEquals(10, sets.genesInFigures().cardinality());
        assertEquals(4, sets.figuresWithGenes().cardinality());
        assertEquals(-1, sets.geneId("G10"));
        FixedBitSet genes = new FixedBitSet(SYMBOLS.size());
        genes.set(0);
        genes.set(3);
        assertEquals(List.of("G0", "G3"), sets.symbolsIn(0, genes));
    }

    @Test
    void agreesWithBruteForceOnRandomGeneSets() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            int genes = 20 + random.nextInt(200);
            int figures = 1 + random.nextInt(300);
            List<String> symbols = IntStream.range(0, genes).mapToObj(i -> "S" + i).toList();
            String[] figids = new String[figures];
            int[][] sets = new int[figures][];
            for (int f = 0; f < figures; f++) {
                figids[f] = String.format("fig%05d-%d", random.nextInt(figures * 3), f);
                sets[f] = random.ints(0, genes).distinct().limit(random.nextInt(Math.min(genes, 40))).toArray();
            }
            FigureGeneSets index = FigureGeneSets.of(symbols, List.of(), figids, sets, new int[figures][0]);
            int[] list = random.ints(0, genes).distinct().limit(1 + random.nextInt(Math.min(genes, 30)))
                    .sorted().toArray();
            int tests = index.figuresWithGenes().cardinality();
            List<OverlapRanking.Entry> expected = bruteForce(sets, figids, list, genes, tests);
            OverlapRanking ranking = OverlapRanking.rank(index, list, null, tests, genes);
            assertEquals(expected, ranking.page(1, 0, Integer.MAX_VALUE).entries());
            int minOverlap = 1 + random.nextInt(3);
            double maxLogQ = Math.log(random.nextDouble());
            List<OverlapRanking.Entry> cut = expected.stream()
                    .filter(e -> e.overlap() >= minOverlap && e.logQ() <= maxLogQ).toList();
            OverlapRanking.Page page = ranking.page(minOverlap, maxLogQ, 5);
            assertEquals(cut.size(), page.total());
            assertEquals(cut.subList(0, Math.min(5, cut.size())), page.entries());
        }
    }

    /** Overlaps by set intersection, p-values figure by figure, sorted, then Benjamini–Hochberg. */
    private static List<OverlapRanking.Entry> bruteForce(int[][] sets, String[] figids, int[] list, int genes,
            int tests) {
        List<int[]> shared = new ArrayList<>();
        for (int f = 0; f < sets.length; f++) {
            int overlap = (int) IntStream.of(sets[f]).filter(g -> IntStream.of(list).anyMatch(l -> l == g)).count();
            if (overlap > 0) {
                shared.add(new int[] {f, overlap});
            }
        }
        shared.sort(Comparator.comparingDouble(
                        (int[] e) -> Hypergeometric.logUpperTail(e[1], genes, sets[e[0]].length, list.length))
                .thenComparing(e -> figids[e[0]]));
        double[] logP = shared.stream()
                .mapToDouble(e -> Hypergeometric.logUpperTail(e[1], genes, sets[e[0]].length, list.length)).toArray();
        double[] logQ = BenjaminiHochberg.logQValues(logP, tests);
        List<OverlapRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < shared.size(); i++) {
            entries.add(new OverlapRanking.Entry(shared.get(i)[0], shared.get(i)[1], logP[i], logQ[i]));
        }
        return entries;
    }
}
