package org.pfocr.search;

import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.pfocr.analysis.SynonymMapCodec;
import org.pfocr.index.IndexMetadata;

/**
 * The synonym map queries of one index commit are expanded with (built when indexing and saved in
 * the commit), and how many rules each source gave it.
 *
 * @param map the synonym map
 * @param counts rules by source
 */
record QuerySynonyms(SynonymMap map, Map<String, Integer> counts) {

    /** Loads the synonyms saved with {@code metadata}'s commit. */
    static QuerySynonyms load(IndexMetadata metadata) {
        return new QuerySynonyms(SynonymMapCodec.decode(metadata.synonymMap()), metadata.synonymCounts());
    }
}
