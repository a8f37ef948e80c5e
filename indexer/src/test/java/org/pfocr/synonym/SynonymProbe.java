package org.pfocr.synonym;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Feeds rule lines to Lucene's SolrSynonymParser and expands text with the result, as the analysis layer will. */
final class SynonymProbe {
    private final SynonymMap map;

    private SynonymProbe(SynonymMap map) {
        this.map = map;
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
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = new SynonymGraphFilter(new LowerCaseFilter(tokenizer), map, true)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terms.sort(null);
        return terms;
    }

    static Analyzer whitespaceLowerCase() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }
}
