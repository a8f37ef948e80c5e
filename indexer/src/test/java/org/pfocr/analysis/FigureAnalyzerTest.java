package org.pfocr.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureAnalyzerTest {

    private final Analyzer index = FigureAnalyzer.forIndexing();
    private final Analyzer query = FigureAnalyzer.forQueries();

    @ParameterizedTest(name = "{0} = {1} at query time")
    @CsvSource(delimiter = '|', value = {
        "IL-6 | IL6",
        "IL 6 | il6",
        "il-6 | IL6",
        "NF-κB | NF-kB",
        "NF-kappaB | NF-kB",
        "NFkB | NF-κB",
        "NF-kappa B | NF-κB",
        "NF-KB | nf-kb",
        "IκBα | IkappaBalpha",
        "TNF-α | TNF-alpha",
        "TNFα | TNF-alpha",
        "β-catenin | beta-catenin",
        "IKKɛ | IKKepsilon",
        "МyD88 | MyD88",
        "СAT | CAT",
        "Нурохia | hypoxia",
        "STAT3 | stat3",
        "JAKs | JAK",
        "TLR4s | TLR4",
    })
    void spellingsOfOneNameAnalyseAlike(String left, String right) {
        assertEquals(Tokens.terms(query, right), Tokens.terms(query, left));
    }

    @Test
    void hyphenatedWordIsOneTokenAtQueryTime() {
        assertEquals(List.of(new Tokens("il6", 1, 0, 4, 1)), Tokens.of(query, "IL-6"));
    }

    @Test
    void hyphenatedWordStacksItsPartsAtIndexTime() {
        assertEquals(List.of(
                new Tokens("il6", 1, 0, 4, 1),
                new Tokens("il", 0, 0, 2, 1),
                new Tokens("6", 0, 3, 4, 1),
                new Tokens("signal", 1, 5, 14, 1)),
                Tokens.of(index, "IL-6 signaling"));
    }

    @Test
    void phrasePartsAreTheJoinedWordThenItsSinglePartsEachStemmedAsIndexed() {
        Analyzer parts = FigureAnalyzer.forPhraseParts();
        assertEquals(List.of(
                new Tokens("il6", 1, 0, 4, 1),
                new Tokens("il", 0, 0, 2, 1),
                new Tokens("6", 0, 3, 4, 1),
                new Tokens("transsignale", 1, 5, 20, 1),
                new Tokens("tran", 0, 5, 10, 1),
                new Tokens("signal", 0, 11, 20, 1)),
                Tokens.of(parts, "IL-6 trans-signaling"));
        assertEquals(List.of("antiil6", "anti", "il", "6"), Tokens.terms(parts, "anti-IL-6"));
        // The joined word's stem depends on the spelling, its parts' stems do not: phrases match by the parts.
        assertEquals(List.of("transsignall", "tran", "signal"), Tokens.terms(index, "trans-signalling"));
    }

    @Test
    void everyRunOfPartsIsIndexedSoInnerNamesAreFound() {
        assertEquals(List.of("antiil6", "anti", "antiil", "il", "il6", "6"), Tokens.terms(index, "anti-IL-6"));
    }

    @Test
    void startOffsetsNeverGoBackwards() {
        int last = -1;
        for (Tokens token : Tokens.of(index, "PI3K-Akt-mTORC1 and Beta-catenin-dependent IL-6 signaling")) {
            assertTrue(token.start() >= last, "offsets go back at " + token);
            last = token.start();
        }
    }

    @Test
    void greekLettersKeepOffsetsOfTheOriginalText() {
        // "TNF-α" is 5 characters; its spelled-out form is longer, offsets still cover the original.
        assertEquals(List.of(new Tokens("tnfalpha", 1, 0, 5, 1)), Tokens.of(query, "TNF-α"));
    }

    @Test
    void spacedNumberJoinsOnlyUpperCaseNames() {
        assertEquals(List.of("il6", "receptor"), Tokens.terms(query, "IL 6 receptor"));
        assertEquals(List.of("step", "2"), Tokens.terms(query, "step 2"));
    }

    @Test
    void lowerCaseStopWordsGoButUpperCaseAcronymsStay() {
        assertEquals(List.of("no", "synthase", "activate"), Tokens.terms(query, "NO synthase and the activation"));
        assertEquals(List.of("in", "cell"), Tokens.terms(query, "IN cells"));
    }

    @Test
    void englishWordsAreStemmedButGeneNamesAreNot() {
        assertEquals(List.of("signal", "signal", "osteoclast", "differentiate"),
                Tokens.terms(query, "signaling signalling osteoclasts differentiation"));
        assertEquals(List.of("ras", "stat3", "pi3k", "smad"), Tokens.terms(query, "Ras STAT3 PI3K Smads"));
    }

    @Test
    void accentsAreFolded() {
        assertEquals(List.of("canibano"), Tokens.terms(query, "Cañibano"));
    }

    @Test
    void slashesAndPunctuationSeparateWords() {
        assertEquals(List.of("il6", "sil6r", "complex"), Tokens.terms(query, "IL-6/sIL6R complex."));
        assertEquals(List.of("stat"), Tokens.terms(query, "(STAT"));
    }

    @Test
    void wordsOfHyphensDisappearWithoutLeavingAHole() {
        assertEquals(List.of(new Tokens("akt", 1, 0, 3, 1), new Tokens("mtor", 1, 8, 12, 1)),
                Tokens.of(query, "AKT --- mTOR"));
    }
}
