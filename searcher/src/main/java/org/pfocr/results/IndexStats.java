package org.pfocr.results;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an index holds.
 *
 * @param figures figures in the index
 * @param genes distinct gene symbols
 * @param organisms figures per organism (scientific name), most frequent first
 * @param years figures per publication year, in year order
 * @param synonyms synonym rules by source
 * @param schemaVersion the index schema version
 * @param builtBy the pfocr version that wrote the index
 * @param committed when the index was last committed
 * @param sources the record folders and files it was built from
 * @param sizeBytes the index's size on disk
 */
public record IndexStats(
        long figures, long genes, Map<String, Integer> organisms, Map<String, Integer> years,
        Map<String, Integer> synonyms, int schemaVersion, String builtBy, Instant committed,
        List<String> sources, long sizeBytes) {

    public IndexStats {
        organisms = Collections.unmodifiableMap(new LinkedHashMap<>(organisms));
        years = Collections.unmodifiableMap(new LinkedHashMap<>(years));
        synonyms = Collections.unmodifiableMap(new LinkedHashMap<>(synonyms));
        sources = List.copyOf(sources);
    }
}
