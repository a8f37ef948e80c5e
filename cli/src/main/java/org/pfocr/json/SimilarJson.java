package org.pfocr.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pfocr.enrich.SimilarResults;

/** The JSON shape of the figures most like one figure (documented in the README). */
public final class SimilarJson {

    private SimilarJson() {
    }

    /** The JSON object of similar figures (documented in the README). */
    public static Map<String, Object> of(SimilarResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("figid", results.figid());
        json.put("title", results.title());
        json.put("gene_set_size", results.geneSetSize());
        json.put("took_ms", results.took().toMillis());
        json.put("figures", results.figures());
        return json;
    }
}
