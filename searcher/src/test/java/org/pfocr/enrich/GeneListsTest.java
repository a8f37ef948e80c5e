package org.pfocr.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneListsTest {

    @Test
    void splitsLinesCommasTabsAndSpacesAndSkipsComments() {
        String text = "# my list\nSTAT3, JAK1;JAK2 # the JAK-STAT part\r\n\tIL6  IL6R\n\n  # another comment\n3569#entrez\n";
        assertEquals(List.of("STAT3", "JAK1", "JAK2", "IL6", "IL6R", "3569"), GeneLists.parse(text));
    }

    @Test
    void emptyTextIsAnEmptyList() {
        assertEquals(List.of(), GeneLists.parse(" \n# nothing\n"));
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstName() {
        assertEquals(List.of("STAT3", "JAK1"), GeneLists.parse("\uFEFFSTAT3\r\nJAK1\r\n"));
        assertEquals(List.of("STAT3", "JAK1"), GeneLists.parse("\uFEFFSTAT3,JAK1"));
    }
}
