package org.pfocr.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pfocr.enrich.EnrichResults;

/** The JSON shape of a gene list's enrichment results (documented in the README). */
public final class EnrichJson {

    private EnrichJson() {
    }

    /** The JSON object of enrichment results (documented in the README). */
    public static Map<String, Object> of(EnrichResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("genes", results.resolution().symbols());
        json.put("resolution", results.resolution().names());
        json.put("unresolved", results.resolution().unresolved());
        json.put("outside_background", results.outsideBackground());
        json.put("list_size", results.listSize());
        json.put("background", results.background());
        json.put("organism", results.organism());
        json.put("query", results.query());
        json.put("tested", results.tested());
        json.put("total", results.total());
        json.put("took_ms", results.took().toMillis());
        json.put("figures", results.figures());
        return json;
    }
}
