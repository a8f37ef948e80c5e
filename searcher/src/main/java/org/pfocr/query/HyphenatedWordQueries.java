package org.pfocr.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.pfocr.analysis.FigureAnalyzer;
import org.pfocr.schema.FigureFields;

/**
 * The queries that let a hyphenated word match by its parts: written apart
 * ({@link #partsWrittenApart}: {@code JAK-STAT} finds {@code JAK/STAT}), and, when it is stemmed,
 * by its parts at its position before its joined form ({@link #byPartsFirst}:
 * {@code trans-signaling} finds {@code trans-signalling}).
 */
final class HyphenatedWordQueries {

    /** Weight of a hyphenated word's parts written apart. */
    static final float HYPHEN_PARTS_WEIGHT = 0.5f;
    /** A word of letters or digits with inner hyphens: {@code JAK-STAT}, {@code IL-6}. */
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");
    /** Reads a phrase's hyphenated words as their joined form followed by their parts: {@link #partsPhrase}. */
    private static final Analyzer PHRASE_PARTS = FigureAnalyzer.forPhraseParts();
    private static final QueryBuilder PLAIN_PHRASES = new QueryBuilder(PlainWords.ANALYZER);

    private HyphenatedWordQueries() {
    }

    /** Whether {@code text} has a hyphenated word and {@code field} (an index field) may split it into parts. */
    static boolean mayHaveParts(String field, String text) {
        return HYPHENATED.matcher(text).find() && analysedAsText(field);
    }

    /**
     * {@code words}, the query of unquoted {@code text}, in which each hyphenated word that is
     * stemmed also matches by its parts at one position (see {@link #partsPhrase}), where its
     * clause can be told: the query is its one word, or has a clause for each word (a synonym rule
     * that replaces words leaves fewer), the word's clause having its joined form.
     */
    static Query withWordParts(String field, String text, Query words) {
        List<AnalysedWord> analysed = analysedWords(field, text);
        if (analysed.stream().allMatch(word -> word.parts().isEmpty())) {
            return words;
        }
        if (analysed.size() == 1) {
            return byPartsFirst(words, partsAtOnePosition(field, analysed.get(0)));
        }
        if (!(words instanceof BooleanQuery bool) || bool.clauses().size() != analysed.size()) {
            return words;
        }
        BooleanQuery.Builder withParts = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (int i = 0; i < analysed.size(); i++) {
            BooleanClause clause = bool.clauses().get(i);
            AnalysedWord word = analysed.get(i);
            boolean itsWord = !word.parts().isEmpty() && QueryTerms.termsOf(clause.query()).contains(word.term());
            withParts.add(itsWord ? byPartsFirst(clause.query(), partsAtOnePosition(field, word)) : clause.query(),
                    clause.occur());
        }
        return withParts.build();
    }

    /**
     * A hyphenated word by its {@code parts} where a figure has them (it has the word hyphenated,
     * in either spelling: the same score for both), else by its {@code joined} form (written as one word).
     */
    static Query byPartsFirst(Query joined, Query parts) {
        Query joinedAlone = new BooleanQuery.Builder().add(joined, BooleanClause.Occur.MUST)
                .add(parts, BooleanClause.Occur.MUST_NOT).build();
        return new DisjunctionMaxQuery(List.of(parts, joinedAlone), 0);
    }

    /**
     * {@code text} as a phrase in which each hyphenated word that is stemmed (not a gene-like
     * word) is looked for by its parts, all at the word's position, where the index has them; or
     * null when the text has no such word. The index has a hyphenated word's joined form stemmed
     * as one word, which differs between spellings ({@code transsignalling} and
     * {@code transsignaling} have different stems), and each of its parts stemmed as a word of its
     * own ({@code signalling} and {@code signaling} have the same stem). Without synonyms, as the
     * parts of bare words ({@link #partsWrittenApart}).
     */
    static Query partsPhrase(String field, String text, int slop) {
        List<AnalysedWord> words = analysedWords(field, text);
        if (words.stream().allMatch(word -> word.parts().isEmpty())) {
            return null;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        for (AnalysedWord word : words) {
            for (String term : word.parts().isEmpty() ? List.of(word.term()) : word.parts()) {
                phrase.add(new Term(field, term), word.position());
            }
        }
        return phrase.build();
    }

    /**
     * For each hyphenated word of {@code text}, its parts as a phrase over the default fields, at
     * weight {@value #HYPHEN_PARTS_WEIGHT}.
     */
    static List<Query> partsWrittenApart(String text) {
        List<Query> phrases = new ArrayList<>();
        Matcher hyphenated = HYPHENATED.matcher(text);
        while (hyphenated.find()) {
            String parts = hyphenated.group().replace('-', ' ');
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, Float> field : QueryFields.DEFAULT_FIELDS.entrySet()) {
                Query phrase = PLAIN_PHRASES.createPhraseQuery(field.getKey(), parts, 1);
                if (phrase != null) {
                    perField.add(new BoostQuery(phrase, field.getValue()));
                }
            }
            if (!perField.isEmpty()) {
                phrases.add(new BoostQuery(new DisjunctionMaxQuery(perField, 0), HYPHEN_PARTS_WEIGHT));
            }
        }
        return phrases;
    }

    /** A hyphenated word's parts, all at one position. */
    private static Query partsAtOnePosition(String field, AnalysedWord word) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        word.parts().forEach(part -> phrase.add(new Term(field, part), 0));
        return phrase.build();
    }

    /** Whether {@code field} (an index field) is analysed with {@link FigureAnalyzer}, whose hyphenated words have parts. */
    private static boolean analysedAsText(String field) {
        return !FigureFields.ORGANISM.equals(field)
                && QueryFields.byIndexField(field).map(known -> known.kind() == QueryField.Kind.TEXT).orElse(false);
    }

    /**
     * A word of a text analysed without synonyms, at its position: its term, and its parts if it
     * is a hyphenated word that is stemmed (none otherwise).
     */
    private record AnalysedWord(String term, int position, List<String> parts) {
    }

    /** The words of {@code text} as {@link AnalysedWord}s, in order. */
    private static List<AnalysedWord> analysedWords(String field, String text) {
        List<AnalysedWord> words = new ArrayList<>();
        try (TokenStream tokens = PHRASE_PARTS.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            KeywordAttribute keyword = tokens.addAttribute(KeywordAttribute.class);
            tokens.reset();
            int position = -1;
            String word = null;
            boolean stemmed = false;
            List<String> parts = new ArrayList<>();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && word != null) {
                    parts.add(term.toString());
                    continue;
                }
                if (word != null) {
                    words.add(new AnalysedWord(word, position, stemmed ? List.copyOf(parts) : List.of()));
                }
                position += Math.max(1, increment.getPositionIncrement());
                word = term.toString();
                stemmed = !keyword.isKeyword();
                parts.clear();
            }
            tokens.end();
            if (word != null) {
                words.add(new AnalysedWord(word, position, stemmed ? List.copyOf(parts) : List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
