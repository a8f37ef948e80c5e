package org.pfocr.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * A text field, not stored, whose tokens are those of an {@link AnalyzedValue}. The index writer
 * hands each field back the token stream it last used for a value of the same field name; a
 * {@link ReplayedTokens} is reused, so a value costs no new stream and no new attributes (a
 * tenth or so of building a document when each value had its own).
 */
final class ReplayedField extends Field {

    private final AnalyzedValue value;

    ReplayedField(String name, AnalyzedValue value) {
        super(name, TextField.TYPE_NOT_STORED);
        this.value = value;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return reuse instanceof ReplayedTokens replayed ? replayed.replay(value) : new ReplayedTokens(value);
    }
}
