package org.pfocr.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IntroSorter;

/**
 * One gene list tested against many figures' gene sets: every figure that shares at least one
 * gene with the list gets the hypergeometric upper-tail p-value of its overlap (Fisher's exact
 * test, one-sided) and its Benjamini–Hochberg q-value; figures that share no gene have p = 1 and
 * count as tests, but are not listed.
 *
 * <p>Fast on large indexes: overlaps are counted from the genes' figure lists (work proportional
 * to the (list gene, figure) pairs, not to the index), and the p-value depends only on the
 * overlap and the figure's gene-set size, so figures are grouped by that pair: p-values are
 * computed, sorted and corrected per group, and figures are sorted by figid only within the
 * groups that make the page asked for.
 */
final class OverlapRanking {

    /**
     * One listed figure.
     *
     * @param figure its doc id
     * @param overlap how many list genes it has
     * @param logP natural log of its p-value
     * @param logQ natural log of its q-value
     */
    record Entry(int figure, int overlap, double logP, double logQ) {
    }

    /**
     * The figures that pass a cut, best first.
     *
     * @param entries the first figures, by p-value, ties by figid
     * @param total how many figures pass the cut in all
     */
    record Page(List<Entry> entries, int total) {
    }

    private final FigureGeneSets sets;
    /** Per figure: 1 + its group, 0 when it shares no gene. */
    private final int[] groupOf;
    private final int[] groupOverlap;
    private final double[] groupLogP;
    private final double[] groupLogQ;
    /** Group ids by ascending p-value. */
    private final int[] order;
    /** The figures of group {@code order[i]} are {@code members[memberStart[i] .. memberStart[i + 1])}. */
    private final int[] memberStart;
    private final int[] members;

    private OverlapRanking(FigureGeneSets sets, int[] groupOf, Groups groups, int[] touched, int touchedCount,
            int tests) {
        this.sets = sets;
        this.groupOf = groupOf;
        this.groupOverlap = Arrays.copyOf(groups.overlap, groups.count);
        this.groupLogP = Arrays.copyOf(groups.logP, groups.count);
        this.order = sortedByP(groupLogP);
        int[] position = new int[groups.count];
        this.memberStart = new int[groups.count + 1];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
            memberStart[i + 1] = memberStart[i] + groups.size[order[i]];
        }
        this.members = new int[touchedCount];
        int[] next = Arrays.copyOf(memberStart, groups.count);
        for (int i = 0; i < touchedCount; i++) {
            int figure = touched[i];
            members[next[position[groupOf[figure] - 1]]++] = figure;
        }
        this.groupLogQ = logQ(tests);
    }

    /**
     * Tests {@code list} against the gene sets of {@code candidates}.
     *
     * @param sets the figures' gene sets
     * @param list distinct gene ids of the list, all inside the background
     * @param candidates the figures to test, {@code null} for all
     * @param tests how many figures are tested in all (the m of Benjamini–Hochberg): the candidates
     *     with at least one gene
     * @param background the background size N, at least the list size and every tested set size
     */
    static OverlapRanking rank(FigureGeneSets sets, int[] list, Bits candidates, int tests, int background) {
        int[] counts = new int[sets.maxDoc()];
        int[] touched = new int[Math.min(sets.maxDoc(), postings(sets, list))];
        int touchedCount = 0;
        int[] geneFigures = sets.geneFigures();
        for (int gene : list) {
            for (int i = sets.figuresStart(gene), end = sets.figuresStart(gene + 1); i < end; i++) {
                int figure = geneFigures[i];
                if ((candidates == null || candidates.get(figure)) && counts[figure]++ == 0) {
                    touched[touchedCount++] = figure;
                }
            }
        }
        Groups groups = new Groups(background, list.length);
        for (int i = 0; i < touchedCount; i++) {
            int figure = touched[i];
            counts[figure] = 1 + groups.of(counts[figure], sets.geneCount(figure));
        }
        return new OverlapRanking(sets, counts, groups, touched, touchedCount, tests);
    }

    /** How many figures share a gene with the list. */
    int size() {
        return members.length;
    }

    /** How many list genes {@code figure} has. */
    int overlap(int figure) {
        return groupOf[figure] == 0 ? 0 : groupOverlap[groupOf[figure] - 1];
    }

    /** Natural log of {@code figure}'s p-value; 0 (p = 1) when it shares no gene or was not tested. */
    double logP(int figure) {
        return groupOf[figure] == 0 ? 0 : groupLogP[groupOf[figure] - 1];
    }

    /**
     * The figures with at least {@code minOverlap} list genes and a q-value of at most
     * {@code exp(maxLogQ)}: the first {@code limit} by p-value (ties by figid), and the count.
     */
    Page page(int minOverlap, double maxLogQ, int limit) {
        List<Entry> entries = new ArrayList<>(Math.min(limit, members.length));
        int total = 0;
        for (int from = 0, to; from < order.length; from = to) {
            to = from + 1;
            while (to < order.length && groupLogP[order[to]] == groupLogP[order[from]]) {
                to++;
            }
            // groups with equal p-values have equal q-values, and their figures interleave by figid
            int count = 0;
            for (int i = from; i < to; i++) {
                if (passes(order[i], minOverlap, maxLogQ)) {
                    count += memberStart[i + 1] - memberStart[i];
                }
            }
            total += count;
            if (entries.size() < limit && count > 0) {
                addFirst(entries, limit, from, to, minOverlap, maxLogQ, count);
            }
        }
        return new Page(entries, total);
    }

    private boolean passes(int group, int minOverlap, double maxLogQ) {
        return groupOverlap[group] >= minOverlap && groupLogQ[group] <= maxLogQ;
    }

    /** Adds the passing figures of groups {@code order[from..to)} to {@code entries} by figid, up to {@code limit}. */
    private void addFirst(List<Entry> entries, int limit, int from, int to, int minOverlap, double maxLogQ, int count) {
        long[] byFigid = new long[count];
        int next = 0;
        for (int i = from; i < to; i++) {
            if (passes(order[i], minOverlap, maxLogQ)) {
                for (int m = memberStart[i]; m < memberStart[i + 1]; m++) {
                    byFigid[next++] = (long) sets.figidOrder(members[m]) << 32 | members[m];
                }
            }
        }
        Arrays.sort(byFigid);
        for (int i = 0; i < count && entries.size() < limit; i++) {
            int figure = (int) byFigid[i];
            int group = groupOf[figure] - 1;
            entries.add(new Entry(figure, groupOverlap[group], groupLogP[group], groupLogQ[group]));
        }
    }

    /** Benjamini–Hochberg per group: a group's rank is that of its last figure in p order. */
    private double[] logQ(int tests) {
        double[] sortedLogP = new double[members.length];
        for (int i = 0; i < order.length; i++) {
            Arrays.fill(sortedLogP, memberStart[i], memberStart[i + 1], groupLogP[order[i]]);
        }
        double[] figureLogQ = BenjaminiHochberg.logQValues(sortedLogP, tests);
        double[] logQ = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            logQ[order[i]] = figureLogQ[memberStart[i + 1] - 1];
        }
        return logQ;
    }

    private static int[] sortedByP(double[] logP) {
        int[] order = new int[logP.length];
        Arrays.setAll(order, i -> i);
        new IntroSorter() {
            private double pivot;

            @Override
            protected void setPivot(int i) {
                pivot = logP[order[i]];
            }

            @Override
            protected int comparePivot(int j) {
                return Double.compare(pivot, logP[order[j]]);
            }

            @Override
            protected void swap(int i, int j) {
                int swapped = order[i];
                order[i] = order[j];
                order[j] = swapped;
            }
        }.sort(0, order.length);
        return order;
    }

    private static int postings(FigureGeneSets sets, int[] list) {
        long total = 0;
        for (int gene : list) {
            total += sets.figuresStart(gene + 1) - sets.figuresStart(gene);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /**
     * The distinct (overlap, gene-set size) pairs met so far, with their size and p-value, each
     * p-value computed once.
     */
    private static final class Groups {
        private final int background;
        private final int listSize;
        private int[][] bySetSize = new int[0][];
        int count;
        int[] overlap = new int[64];
        int[] size = new int[64];
        double[] logP = new double[64];

        Groups(int background, int listSize) {
            this.background = background;
            this.listSize = listSize;
        }

        /** The group of a figure with {@code overlap} list genes among its {@code setSize}; counts the figure in. */
        int of(int overlap, int setSize) {
            if (setSize >= bySetSize.length) {
                bySetSize = Arrays.copyOf(bySetSize, Math.max(setSize + 1, 2 * bySetSize.length));
            }
            int[] byOverlap = bySetSize[setSize];
            if (byOverlap == null) {
                byOverlap = new int[Math.min(listSize, setSize) + 1];
                Arrays.fill(byOverlap, -1);
                bySetSize[setSize] = byOverlap;
            }
            int group = byOverlap[overlap];
            if (group < 0) {
                group = add(overlap, Hypergeometric.logUpperTail(overlap, background, setSize, listSize));
                byOverlap[overlap] = group;
            }
            size[group]++;
            return group;
        }

        private int add(int overlap, double logP) {
            if (count == this.overlap.length) {
                this.overlap = Arrays.copyOf(this.overlap, 2 * count);
                this.size = Arrays.copyOf(this.size, 2 * count);
                this.logP = Arrays.copyOf(this.logP, 2 * count);
            }
            this.overlap[count] = overlap;
            this.logP[count] = logP;
            return count++;
        }
    }
}
