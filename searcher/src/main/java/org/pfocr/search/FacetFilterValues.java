package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.pfocr.schema.FigureFacets;

/**
 * The facet values a filter value stands for: itself when figures have it; else every value of
 * the dimension that differs from it in case only ({@code gene=stat3} is human STAT3 and mouse
 * Stat3), so that a value typed as users type gene names is not silently matched by no figure.
 */
final class FacetFilterValues {

    private FacetFilterValues() {
    }

    /** The values of {@code dimension} in {@code reader} that {@code value} stands for (itself if none). */
    static List<String> of(IndexReader reader, String dimension, String value) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, indexField(dimension));
        if (terms == null) {
            return List.of(value);
        }
        TermsEnum values = terms.iterator();
        if (values.seekExact(new BytesRef(FacetsConfig.pathToString(dimension, value)))) {
            return List.of(value);
        }
        BytesRef prefix = new BytesRef(dimension + FacetsConfig.DELIM_CHAR);
        List<String> sameButCase = new ArrayList<>();
        if (values.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
            for (BytesRef term = values.term(); term != null && StringHelper.startsWith(term, prefix);
                    term = values.next()) {
                String[] path = FacetsConfig.stringToPath(term.utf8ToString());
                String other = path[path.length - 1];
                if (other.equalsIgnoreCase(value)) {
                    sameButCase.add(other);
                }
            }
        }
        return sameButCase.isEmpty() ? List.of(value) : sameButCase;
    }

    private static String indexField(String dimension) {
        return FigureFacets.config().getDimConfig(dimension).indexFieldName;
    }
}
