package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.FigureAnalyzer;
import org.pfocr.analysis.SynonymRules;
import org.pfocr.analysis.Tokens;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.schema.FigureFields;
import org.pfocr.synonym.EnglishWords;

/** Which of the corpus's word-to-symbol pairs become synonyms, and the spellings added to them. */
class CorpusPairsTest {

    private static Analyzer expanding;

    /** Each figure: word, symbol and upstream source of its gene mentions. */
    private static final List<List<String[]>> FIGURES = List.of(
            List.of(pair("receptor", "kita", "ncbigene_synonym"), pair("Relish", "Rel", "ncbigene_synonym"),
                    pair("caspases", "CASP3", "famplex_relations"), pair("via", "SEMA6A", "ncbigene_synonym")),
            List.of(pair("mTOR", "MTOR", "ncbigene_symbol"), pair("mTOR", "Mtor", "ncbigene_symbol"),
                    pair("mTOR", "mtor", "ncbigene_symbol"), pair("mTOR", "Tor", "ncbigene_synonym")),
            List.of(pair("p38", "MAPK14", "ncbigene_synonym"), pair("p38", "CRK", "ncbigene_synonym"),
                    pair("p38", "AIMP2", "ncbigene_synonym"), pair("p38", "AHSA1", "ncbigene_synonym")),
            List.of(pair("B-catenin", "CTNNB1", "ncbigene_symbol"), pair("TGF-B", "TGFB1", "ncbigene_synonym"),
                    pair("GSK3", "GSK3B", "famplex_relations"), pair("HIF-1a", "HIF1A", "ncbigene_symbol")));

    @BeforeAll
    static void buildRules() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (List<String[]> figure : FIGURES) {
                    Document doc = new Document();
                    for (String[] pair : figure) {
                        doc.add(new StringField(FigureFields.WORD_SYMBOL_PAIR,
                                String.join(String.valueOf(FigureDocumentBuilder.PAIR_SEPARATOR), pair), Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
            }
            SynonymRules rules = new SynonymRules();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                new CorpusPairs(EnglishWords.bundled()).addTo(rules, reader);
            }
            expanding = FigureAnalyzer.forQueries(rules.build());
        }
    }

    @Test
    void aliasesFindTheirGenesBothWays() {
        assertEquals(Set.of("relish", "rel"), terms("Relish"));
        assertEquals(Set.of("rel", "relish"), terms("Rel"));
    }

    @Test
    void lowerCaseProseIsNoAliasButMayNameAFamily() {
        assertEquals(Set.of("receptor"), terms("receptor"));
        assertEquals(Set.of("kita"), terms("kita"));
        assertEquals(Set.of("caspase", "casp3"), terms("caspases"));
        assertEquals(Set.of("casp3"), terms("CASP3"));
    }

    @Test
    void englishWordsStayWords() {
        assertEquals(Set.of("via"), terms("via"));
    }

    @Test
    void symbolsDifferingInCaseAreOneGene() {
        // MTOR, Mtor, mtor and Tor are two genes once case is ignored: mTOR stays an alias
        assertEquals(Set.of("mtor", "tor"), terms("mTOR"));
        // p38 names four genes: too ambiguous to expand
        assertEquals(Set.of("p38"), terms("p38"));
    }

    @Test
    void aLatinBStandingForBetaIsAlsoReadAsBeta() {
        // each spelling finds the symbol, and the symbol finds both spellings
        assertEquals(Set.of("betacatenin", "ctnnb1"), terms("β-catenin"));
        assertEquals(Set.of("bcatenin", "ctnnb1"), terms("B-catenin"));
        assertEquals(Set.of("ctnnb1", "bcatenin", "betacatenin"), terms("CTNNB1"));
        assertEquals(Set.of("tgfbeta", "tgfb1"), terms("TGF-β"));
    }

    @Test
    void symbolsEndingInAGreekLetterAreFoundByTheirGreekSpelling() {
        assertEquals(Set.of("gsk3beta", "gsk3b"), terms("GSK3β"));
        assertEquals(Set.of("gsk3b", "gsk3beta"), terms("GSK3B"));
        assertEquals(Set.of("hif1alpha", "hif1a"), terms("HIF-1α"));
    }

    private static String[] pair(String word, String symbol, String source) {
        return new String[] {word, symbol, source};
    }

    private static Set<String> terms(String text) {
        return new TreeSet<>(Tokens.terms(expanding, text));
    }
}
