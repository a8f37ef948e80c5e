package org.pfocr.json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pfocr.results.IndexStats;

/** The JSON shape of what an index holds (documented in the README). */
public final class StatsJson {

    private StatsJson() {
    }

    /** The JSON object of the statistics, with stable names (documented in the README). */
    public static Map<String, Object> of(Path indexDir, IndexStats stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", indexDir.toString());
        json.put("figures", stats.figures());
        json.put("genes", stats.genes());
        json.put("organisms", stats.organisms());
        json.put("years", stats.years());
        json.put("synonyms", stats.synonyms());
        json.put("schema_version", stats.schemaVersion());
        json.put("built_by", stats.builtBy());
        json.put("committed", stats.committed().toString());
        json.put("sources", stats.sources());
        json.put("size_bytes", stats.sizeBytes());
        return json;
    }
}
