package org.pfocr.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analysis chain of every text field (captions, titles, gene symbols and words,
 * organisms, chemicals, diseases), shared by the indexer and the searcher:
 * <ol>
 *   <li>{@link CharacterNormalizer}: Greek letters spelled out, look-alike letters read as
 *       Latin, {@code NF-κB} spellings unified, {@code IL 6} joined;</li>
 *   <li>{@link WordTokenizer}: words of letters, digits and inner hyphens;</li>
 *   <li>{@link HyphenatedWordFilter}: {@code IL-6} is {@code IL6} (parts too, when indexing);</li>
 *   <li>English stop words, only when written in lower case or capitalised ({@code NO}, nitric
 *       oxide, and {@code IN} stay);</li>
 *   <li>{@link GeneNameFilter}: gene-like words protected from stemming, {@code JAKs} is {@code JAK};</li>
 *   <li>lower case, accents folded, light English stemming (the stems of
 *       {@link org.apache.lucene.analysis.en.KStemFilter}, through {@link CachedStemFilter}, which
 *       remembers them, and makes KStem's dictionary only for a word that is not protected: a
 *       cold {@code pfocr search STAT3} never builds it);</li>
 *   <li>at query time only: synonym expansion ({@link SynonymGraphFilter}).</li>
 * </ol>
 */
public final class FigureAnalyzer extends Analyzer {

    private static final Pattern HYPHENS = Pattern.compile("-");
    private static final CharArraySet STOP_WORDS = lowerAndCapitalised(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    private final HyphenatedWordFilter.Mode mode;
    private final SynonymMap synonyms;

    private FigureAnalyzer(HyphenatedWordFilter.Mode mode, SynonymMap synonyms) {
        this.mode = mode;
        this.synonyms = synonyms;
    }

    /** The analyzer the indexer writes text fields with. */
    public static FigureAnalyzer forIndexing() {
        return new FigureAnalyzer(HyphenatedWordFilter.Mode.INDEX, null);
    }

    /** The analyzer that reads queries, without synonyms; synonym rules are analysed with it. */
    public static FigureAnalyzer forQueries() {
        return new FigureAnalyzer(HyphenatedWordFilter.Mode.QUERY, null);
    }

    /**
     * The analyzer that reads phrases to match hyphenated words by their parts, without synonyms:
     * each hyphenated word is its joined form followed, at the same position, by its parts
     * ({@link HyphenatedWordFilter.Mode#PARTS}).
     */
    public static FigureAnalyzer forPhraseParts() {
        return new FigureAnalyzer(HyphenatedWordFilter.Mode.PARTS, null);
    }

    /** The analyzer that reads queries and expands them with {@code synonyms}. */
    public static FigureAnalyzer forQueries(SynonymMap synonyms) {
        return new FigureAnalyzer(HyphenatedWordFilter.Mode.QUERY, synonyms);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return CharacterNormalizer.wrap(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return CharacterNormalizer.wrap(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new WordTokenizer();
        TokenStream stream = new HyphenatedWordFilter(words, mode);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new GeneNameFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CachedStemFilter(stream);
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(words, stream);
    }

    /** Keeps phrases from matching across the values of a multi-valued field. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /**
     * Wildcard, fuzzy and range terms: folded and lower-cased, and their hyphens dropped, so that
     * {@code IL-6*} looks for the word {@code IL-6} is indexed as ({@code il6}, the joined form
     * {@link HyphenatedWordFilter} gives every hyphenated word).
     */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new PatternReplaceFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)), HYPHENS, "", true);
    }

    private static CharArraySet lowerAndCapitalised(CharArraySet words) {
        List<String> forms = new ArrayList<>();
        for (Object word : words) {
            String lower = new String((char[]) word);
            forms.add(lower);
            forms.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(forms, false));
    }
}
