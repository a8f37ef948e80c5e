package org.pfocr.query;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.pfocr.analysis.FigureAnalyzer;
import org.pfocr.analysis.NameAnalyzer;
import org.pfocr.schema.FigureFields;

/**
 * The analyzer queries are read with, field by field: the indexer's {@link FigureAnalyzer} with
 * synonym expansion for text fields, whole names for organisms (their common names and taxon ids
 * were added when indexing), and exact matching for identifier fields.
 */
public final class QueryAnalyzers {

    private QueryAnalyzers() {
    }

    /** The per-field query analyzer, expanding text with {@code synonyms}. */
    public static Analyzer create(SynonymMap synonyms) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (QueryField field : QueryFields.ALL) {
            switch (field.kind()) {
                case EXACT -> perField.put(field.indexField(), new KeywordAnalyzer());
                case IDENTIFIER -> perField.put(field.indexField(), new LowerCaseKeywordAnalyzer());
                default -> { }
            }
        }
        perField.put(FigureFields.ORGANISM, new NameAnalyzer());
        return new PerFieldAnalyzerWrapper(FigureAnalyzer.forQueries(synonyms), perField);
    }

    /**
     * {@code pattern}, a regular expression on {@code field}, normalised as far as its syntax allows:
     * each letter and digit as {@code analyzer} normalises the field's wildcard terms, where that
     * gives one letter or digit (case folded, accents removed); everything else as typed (syntax
     * such as {@code [1-4]}, escaped characters, letters that become several such as Greek ones).
     */
    static String normalizeRegexp(Analyzer analyzer, String field, String pattern) {
        StringBuilder normalized = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); ) {
            int c = pattern.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '\\' && next < pattern.length()) {
                next += Character.charCount(pattern.codePointAt(next));
                normalized.append(pattern, i, next);
            } else if (Character.isLetterOrDigit(c)) {
                String one = analyzer.normalize(field, Character.toString(c)).utf8ToString();
                boolean single = one.codePointCount(0, one.length()) == 1 && Character.isLetterOrDigit(one.codePointAt(0));
                normalized.append(single ? one : Character.toString(c));
            } else {
                normalized.appendCodePoint(c);
            }
            i = next;
        }
        return normalized.toString();
    }

    /**
     * The analysis of {@code analyzer} with token streams of its own: it can read a text while a
     * token stream of {@code analyzer} is still open (one analyzer reads one text at a time per thread).
     */
    static Analyzer withOwnComponents(Analyzer analyzer) {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }
        };
    }

    /** One token of the whole value, lower-cased: how identifiers are indexed. */
    private static final class LowerCaseKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
