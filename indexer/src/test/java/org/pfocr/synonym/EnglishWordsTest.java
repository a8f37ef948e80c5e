package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    @Test
    void bundledListHasCommonWordsButNotWordLikeGeneNames() {
        EnglishWords words = EnglishWords.bundled();
        assertEquals(3_985, words.size());
        for (String word : List.of("for", "VIA", "All", "light", "damage")) {
            assertTrue(words.contains(word), word);
        }
        for (String alias : List.of("trail", "snail", "chop", "trance", "twist", "rankl")) {
            assertFalse(words.contains(alias), alias);
        }
    }

    @Test
    void ownListIgnoresCase() {
        EnglishWords words = EnglishWords.of(List.of("Kinase"));
        assertTrue(words.contains("KINASE"));
        assertFalse(words.contains("kinases"));
    }
}
