package org.pfocr.eval;

/** The measures an evaluation reports, with the labels its tables and files use. */
public enum Metric {
    /** nDCG at depth 10. */
    NDCG_10("ndcg@10"),
    /** Reciprocal rank of the first relevant figure (mean: MRR). */
    MRR("mrr"),
    /** Recall at depth 20. */
    RECALL_20("recall@20");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The column label, e.g. {@code ndcg@10}. */
    public String label() {
        return label;
    }
}
