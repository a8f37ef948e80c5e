package org.pfocr.enrich;

/**
 * The sample odds ratio of a gene-set overlap's 2x2 table: list genes in / not in the figure
 * against other background genes in / not in the figure. When a cell is zero, 0.5 is added to
 * every cell (the Haldane–Anscombe correction), so the ratio is always finite and positive and
 * JSON can carry it; with no zero cell it is the plain {@code ad / bc}.
 */
public final class OddsRatio {

    private static final double HALDANE_ANSCOMBE = 0.5;

    private OddsRatio() {
    }

    /**
     * The odds ratio of overlap {@code k} between a list of {@code n} genes and a gene set of
     * {@code K}, in a background of {@code N}.
     *
     * @throws IllegalArgumentException when the numbers make no 2x2 table (a negative cell)
     */
    public static double of(int k, int population, int marked, int drawn) {
        long listInSet = k;
        long listOnly = (long) drawn - k;
        long setOnly = (long) marked - k;
        long neither = (long) population - marked - drawn + k;
        if (listInSet < 0 || listOnly < 0 || setOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("no 2x2 table for k=" + k + " N=" + population + " K=" + marked
                    + " n=" + drawn);
        }
        double shift = listInSet == 0 || listOnly == 0 || setOnly == 0 || neither == 0 ? HALDANE_ANSCOMBE : 0;
        return ((listInSet + shift) * (neither + shift)) / ((listOnly + shift) * (setOnly + shift));
    }
}
