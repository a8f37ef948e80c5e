package org.pfocr.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A query as the caption highlighter asks it: its term, synonym and phrase clauses on the marked
 * fields (whose terms the highlighter reads from the caption anyway, see
 * {@link SegmentMatchesOffsetStrategy}) put on the caption itself, boosts dropped (matches are not
 * scored), and the clauses that this makes the same as another of the same boolean query or
 * disjunction left out. A word expanded into synonyms and searched in five fields then reads the
 * caption's postings once instead of five times, with the same matches: two equal clauses match
 * the same positions, and an {@code OR} without a minimum, an {@code AND}, a {@code NOT} or a
 * disjunction is true of a document whether a clause is in it once or twice. Any other query is
 * left as it is.
 */
final class HighlightedFieldQuery {

    private HighlightedFieldQuery() {
    }

    /** {@code query} with the clauses of the fields {@code marked} accepts on {@code field}, as above. */
    static Query of(Query query, Predicate<String> marked, String field) {
        return switch (query) {
            case BoostQuery boost -> of(boost.getQuery(), marked, field);
            case ConstantScoreQuery constant -> new ConstantScoreQuery(of(constant.getQuery(), marked, field));
            case TermQuery term -> marked.test(term.getTerm().field())
                    ? new TermQuery(new Term(field, term.getTerm().bytes())) : term;
            case SynonymQuery synonyms -> marked.test(synonyms.getField()) ? onField(synonyms, field) : synonyms;
            case PhraseQuery phrase -> marked.test(phrase.getField()) ? onField(phrase, field) : phrase;
            case DisjunctionMaxQuery disjunction -> withoutRepeats(disjunction, marked, field);
            case BooleanQuery bool -> bool.getMinimumNumberShouldMatch() == 0 ? withoutRepeats(bool, marked, field) : bool;
            default -> query;
        };
    }

    private static Query onField(SynonymQuery synonyms, String field) {
        SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
        for (Term term : synonyms.getTerms()) {
            builder.addTerm(new Term(field, term.bytes()));
        }
        return builder.build();
    }

    private static Query onField(PhraseQuery phrase, String field) {
        PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        for (int i = 0; i < terms.length; i++) {
            builder.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        return builder.build();
    }

    private static Query withoutRepeats(DisjunctionMaxQuery disjunction, Predicate<String> marked, String field) {
        Set<Query> disjuncts = new LinkedHashSet<>();
        for (Query disjunct : disjunction.getDisjuncts()) {
            disjuncts.add(of(disjunct, marked, field));
        }
        return disjuncts.size() == 1 ? disjuncts.iterator().next()
                : new DisjunctionMaxQuery(disjuncts, disjunction.getTieBreakerMultiplier());
    }

    private static Query withoutRepeats(BooleanQuery bool, Predicate<String> marked, String field) {
        Set<BooleanClause> clauses = new LinkedHashSet<>();
        for (BooleanClause clause : bool.clauses()) {
            clauses.add(new BooleanClause(of(clause.query(), marked, field), clause.occur()));
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        clauses.forEach(builder::add);
        return builder.build();
    }
}
