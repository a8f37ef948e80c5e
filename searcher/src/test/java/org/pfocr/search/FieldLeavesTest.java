package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.pfocr.schema.FigureFields;

/**
 * The clauses by field are given only for shapes whose clauses alone tell the matched fields; each
 * clause once, prohibited clauses and ranges left out ({@link MatchedFieldsTest} checks the fields
 * against the Matches API on real queries).
 */
class FieldLeavesTest {

    private static final Query STAT3_GENE = new TermQuery(new Term(FigureFields.GENE, "stat3"));
    private static final Query STAT3_CAPTION = new TermQuery(new Term(FigureFields.CAPTION, "stat3"));
    private static final Query PHRASE = new PhraseQuery(FigureFields.CAPTION, "t", "cell");

    @Test
    void requiredAndOptionalClausesOfAMatchingQueryAreKeptByField() {
        Query query = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(new BoostQuery(STAT3_GENE, 1.5f), Occur.SHOULD)
                        .add(STAT3_CAPTION, Occur.SHOULD).add(STAT3_GENE, Occur.SHOULD).build(), Occur.MUST)
                .add(PHRASE, Occur.SHOULD)
                .add(IntPoint.newRangeQuery(FigureFields.YEAR, 2010, 2015), Occur.FILTER)
                .add(new TermQuery(new Term(FigureFields.ORGANISM, "human")), Occur.MUST_NOT)
                .build();
        assertEquals(Map.of(FigureFields.GENE, List.of(STAT3_GENE), FigureFields.CAPTION, List.of(STAT3_CAPTION, PHRASE)),
                FieldLeaves.of(query));
    }

    @Test
    void aConjunctionThatMayNotMatchOrAnUnknownKindOfQueryIsLeftToTheMatchesApi() {
        Query optionalConjunction = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(STAT3_GENE, Occur.MUST).add(PHRASE, Occur.MUST).build(), Occur.SHOULD)
                .add(STAT3_CAPTION, Occur.SHOULD)
                .build();
        assertNull(FieldLeaves.of(optionalConjunction));
        Query twoOfThree = new BooleanQuery.Builder().add(STAT3_GENE, Occur.SHOULD).add(STAT3_CAPTION, Occur.SHOULD)
                .add(PHRASE, Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
        assertNull(FieldLeaves.of(twoOfThree));
        assertNull(FieldLeaves.of(new PrefixQuery(new Term(FigureFields.GENE, "stat"))));
        assertNull(FieldLeaves.of(new MultiPhraseQuery.Builder().build()));
    }
}
