package org.pfocr.synonym;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.pfocr.analysis.Tokens;

/** Feeds rule lines to Lucene's SolrSynonymParser and expands text with the result, as the analysis layer will. */
final class SynonymProbe {
    /** White space, lower case, then the synonyms. */
    private final Analyzer expanding;

    private SynonymProbe(SynonymMap map) {
        this.expanding = whitespaceLowerCase(map);
    }

    /** Parses {@code rules} with {@code analyzer}; a line the parser rejects fails with its line number. */
    static SynonymProbe parse(List<String> rules, Analyzer analyzer) throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        parser.parse(new StringReader(String.join("\n", rules)));
        return new SynonymProbe(parser.build());
    }

    /** Parses {@code rules} split on white space and lower-cased. */
    static SynonymProbe parse(List<String> rules) throws IOException, ParseException {
        return parse(rules, whitespaceLowerCase());
    }

    /** Terms of {@code text} after synonym expansion, sorted (the graph's order is not the point). */
    List<String> expand(String text) {
        List<String> terms = new ArrayList<>(Tokens.terms(expanding, text));
        terms.sort(null);
        return terms;
    }

    static Analyzer whitespaceLowerCase() {
        return whitespaceLowerCase(null);
    }

    /** Splits on white space and lower-cases, then expands with {@code synonyms} when there are any. */
    private static Analyzer whitespaceLowerCase(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                TokenStream lowerCase = new LowerCaseFilter(tokenizer);
                return new TokenStreamComponents(tokenizer,
                        synonyms == null ? lowerCase : new SynonymGraphFilter(lowerCase, synonyms, true));
            }
        };
    }
}
