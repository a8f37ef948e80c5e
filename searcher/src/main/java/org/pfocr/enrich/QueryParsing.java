package org.pfocr.enrich;

import org.apache.lucene.search.Query;
import org.pfocr.query.QueryException;

/** Parses the text of a figure filter into a Lucene query, the way searches parse theirs. */
@FunctionalInterface
public interface QueryParsing {

    /**
     * The query {@code text} stands for.
     *
     * @throws QueryException when it cannot be parsed
     */
    Query parse(String text) throws QueryException;
}
