package org.pfocr.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.pfocr.index.IndexMetadata;

/**
 * The synonym map queries of one index commit are expanded with, and how many rules each source
 * gave it. PLACEHOLDER: sources are wired in when the synonym tables land.
 *
 * @param map the synonym map
 * @param counts rules by source
 */
record QuerySynonyms(SynonymMap map, Map<String, Integer> counts) {

    /** Builds the synonyms of {@code reader}'s commit. */
    static QuerySynonyms load(IndexReader reader, IndexMetadata metadata) throws IOException {
        return new QuerySynonyms(new SynonymMap.Builder().build(), Map.of());
    }
}
