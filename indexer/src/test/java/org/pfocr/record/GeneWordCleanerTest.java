package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneWordCleanerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '"', value = {
        "(STAT -> STAT",
        "MAPK) -> MAPK",
        "IRAK1,2,4| -> IRAK1,2,4",
        "Bcl6?? -> Bcl6",
        "|AMPK -> AMPK",
        "AP-1, -> AP-1",
        "E2F1. -> E2F1",
        "Ca** -> Ca",
        "PYR/PYL/ -> PYR/PYL",
        "(DEBCL/Buffy) -> DEBCL/Buffy",
        "(IRF3,IRF7) -> IRF3,IRF7",
        "Ras,BCR-ABL) -> Ras,BCR-ABL",
        "\"  STAT3 \" -> STAT3",
        "“SOCS3” -> SOCS3",
    })
    void stripsOcrPunctuationFromTheEnds(String word, String cleaned) {
        assertEquals(cleaned, GeneWordCleaner.clean(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TNF-R1+", "Ca2+", "CD4-", "Gαq(11)", "(S)-MCPG", "Erk1/2", "Smad2/3", "Caspase-3,-7"})
    void keepsSignsAndBracketsThatBelongToTheName(String word) {
        assertEquals(word, GeneWordCleaner.clean(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", value = {
        "\u041CyD88 -> MyD88",
        "\u0421AT -> CAT",
        "\u0422\u0421\u0422\u0420 -> TCTP",
        "\u041D\u0443\u0440\u043E\u0445ia -> Hypoxia",
        "(\u041CyD88 -> MyD88",
        "\u0392RAF -> BRAF",
        "\u0399\u039A\u039A -> IKK",
        "\u0397\u0399F-1a -> HIF-1a",
    })
    void turnsLookAlikeLettersIntoLatin(String word, String cleaned) {
        assertEquals(cleaned, GeneWordCleaner.clean(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NF-κB", "TNF-α", "β-catenin", "IKKɛ", "IκBα", "ΔNp63", "Белок"})
    void keepsRealGreekAndCyrillicLetters(String word) {
        assertEquals(word, GeneWordCleaner.clean(word));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "|", "(?)", " , ", "()", "..."})
    void leavesNothingOfPunctuationAlone(String word) {
        assertEquals("", GeneWordCleaner.clean(word));
    }

    @Test
    void cleaningIsIdempotent() {
        for (String word : new String[] {"(STAT", "IRAK1,2,4|", "\u041CyD88)", "Gαq(11)", "(DEBCL/Buffy)"}) {
            String once = GeneWordCleaner.clean(word);
            assertEquals(once, GeneWordCleaner.clean(once), word);
        }
    }
}
