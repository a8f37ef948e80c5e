package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.pfocr.schema.FigureFields;

/**
 * The query put on the caption keeps the boolean structure and the unmarked fields, drops boosts
 * and the clauses it makes repeats of, and leaves alone what it cannot tell the matches of;
 * {@link CaptionHighlighterTest} checks that it marks the same caption spans as the query.
 */
class HighlightedFieldQueryTest {

    private static final Set<String> MARKED = Set.of(FigureFields.CAPTION, FigureFields.FIGURE_TITLE,
            FigureFields.GENE, FigureFields.GENE_WORD);

    @Test
    void marksFieldsMoveToTheCaptionBoostsGoAndRepeatsGo() {
        Query query = new BooleanQuery.Builder()
                .add(new BoostQuery(synonyms(FigureFields.FIGURE_TITLE, "wnt", "wnt1"), 1.5f), Occur.SHOULD)
                .add(synonyms(FigureFields.CAPTION, "wnt", "wnt1"), Occur.SHOULD)
                .add(new BoostQuery(new PhraseQuery(FigureFields.GENE, "hedgehog", "protein"), 2f), Occur.SHOULD)
                .add(new TermQuery(new Term(FigureFields.ORGANISM, "human")), Occur.MUST)
                .add(new TermQuery(new Term(FigureFields.GENE_WORD, "shh")), Occur.MUST_NOT)
                .build();
        Query expected = new BooleanQuery.Builder()
                .add(synonyms(FigureFields.CAPTION, "wnt", "wnt1"), Occur.SHOULD)
                .add(new PhraseQuery(FigureFields.CAPTION, "hedgehog", "protein"), Occur.SHOULD)
                .add(new TermQuery(new Term(FigureFields.ORGANISM, "human")), Occur.MUST)
                .add(new TermQuery(new Term(FigureFields.CAPTION, "shh")), Occur.MUST_NOT)
                .build();
        assertEquals(expected, HighlightedFieldQuery.of(query, MARKED::contains, FigureFields.CAPTION));

        Query disjunction = new DisjunctionMaxQuery(List.of(new TermQuery(new Term(FigureFields.GENE, "stat3")),
                new BoostQuery(new TermQuery(new Term(FigureFields.FIGURE_TITLE, "stat3")), 3f)), 0.1f);
        assertEquals(new TermQuery(new Term(FigureFields.CAPTION, "stat3")),
                HighlightedFieldQuery.of(disjunction, MARKED::contains, FigureFields.CAPTION));
    }

    @Test
    void queriesItCannotTellTheMatchesOfAreLeftAsTheyAre() {
        BooleanQuery twoOfThree = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FigureFields.GENE, "stat3")), Occur.SHOULD)
                .add(new TermQuery(new Term(FigureFields.FIGURE_TITLE, "stat3")), Occur.SHOULD)
                .add(new TermQuery(new Term(FigureFields.CAPTION, "jak2")), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2)
                .build();
        assertSame(twoOfThree, HighlightedFieldQuery.of(twoOfThree, MARKED::contains, FigureFields.CAPTION));
        Query prefix = new PrefixQuery(new Term(FigureFields.GENE, "stat"));
        assertSame(prefix, HighlightedFieldQuery.of(prefix, MARKED::contains, FigureFields.CAPTION));
    }

    private static Query synonyms(String field, String... terms) {
        SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
        for (String term : terms) {
            builder.addTerm(new Term(field, term));
        }
        return builder.build();
    }
}
