package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.pfocr.query.QueryField;
import org.pfocr.query.QueryFields;

/** Says which query fields matched a hit, from Lucene's {@link Matches} API. */
final class MatchedFields {

    private final List<LeafReaderContext> leaves;
    private final Weight weight;

    MatchedFields(IndexSearcher searcher, Query query) throws IOException {
        this.leaves = searcher.getLeafContexts();
        this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The user-facing names of the fields that matched {@code doc}, in the order of {@link QueryFields#ALL}. */
    List<String> of(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return List.of();
        }
        Set<String> indexFields = new LinkedHashSet<>();
        for (String field : matches) {
            indexFields.add(field);
        }
        List<String> names = new ArrayList<>();
        for (QueryField field : QueryFields.ALL) {
            if (indexFields.contains(field.indexField())) {
                names.add(field.name());
            }
        }
        return names;
    }
}
