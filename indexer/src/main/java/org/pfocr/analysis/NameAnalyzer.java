package org.pfocr.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Reads a whole name as one token, case, accents and spacing aside: {@code Mus  musculus} is
 * {@code mus musculus}. Used for organism names, so {@code organism:mouse} finds the organism
 * called mouse and not {@code mouse-ear cress}.
 */
public final class NameAnalyzer extends Analyzer {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(SPACES, " ", CharacterNormalizer.wrap(reader));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer name = new KeywordTokenizer();
        return new TokenStreamComponents(name, new TrimFilter(new ASCIIFoldingFilter(new LowerCaseFilter(name))));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Keeps phrases and spans from running across two names of a multi-valued field. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
