package org.pfocr.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder listings are sorted, hand back every name as it was, find records by stem, and files the walk marked. */
class FolderNamesTest {

    @TempDir
    Path folder;

    @Test
    void aFolderIsListedSortedWithEveryNameAsItWas() throws IOException {
        List<String> expected = new ArrayList<>(List.of("b.md", "a-genes.tsv", "a.md", "z", "A.md", ".hidden"));
        for (String name : expected) {
            Files.createFile(folder.resolve(name));
        }
        expected.sort(null);
        assertEquals(expected, names(FolderNames.list(folder)));
    }

    @Test
    void namesBeyondAsciiComeBackAsTheyWereInStringOrder() {
        List<String> expected = new ArrayList<>(List.of("Äpfel.md", "apfel.md", "é.txt", "α-genes.tsv", "ß.md", "z"));
        FolderNames listed = FolderNames.of(expected.toArray(String[]::new));
        expected.sort(null); // none of these tells UTF-16 order from code point order
        assertEquals(expected, names(listed));
    }

    @Test
    void manyNamesSortAsStringsDo() {
        List<String> expected = new ArrayList<>(IntStream.range(0, 2000)
                .mapToObj(i -> "PMC" + (i * 7919 % 2000) + "__F" + (i % 7) + ".md").toList());
        FolderNames listed = FolderNames.of(expected.toArray(String[]::new));
        expected.sort(null);
        assertEquals(expected, names(listed));
    }

    @Test
    void aRecordIsFoundByItsStemWhateverItsExtension() {
        FolderNames names = FolderNames.of("PMC1__F10.md", "PMC1__F2.MD", "PMC1__F3.yaml.bak", "PMC1__F4-genes.tsv",
                "PMC1__F5.notes.md", "PMC1__F6.txt");
        assertTrue(names.containsRecordOf("PMC1__F10"));
        assertTrue(names.containsRecordOf("PMC1__F2"), "extensions are case-insensitive");
        assertTrue(names.containsRecordOf("PMC1__F6"));
        assertTrue(names.containsRecordOf("PMC1__F5.notes"));
        assertFalse(names.containsRecordOf("PMC1__F1"), "a longer name that starts alike is another record");
        assertFalse(names.containsRecordOf("PMC1__F3"), "not a record extension");
        assertFalse(names.containsRecordOf("PMC1__F4"), "a table is not its record");
        assertFalse(names.containsRecordOf("PMC1__F5"), "the stem is all but the last extension");
        assertFalse(FolderNames.of().containsRecordOf("PMC1__F10"));
    }

    @Test
    void onlyNamesMarkedRegularFilesAreFoundAsFilesWithTheirStates() {
        FolderNames names = FolderNames.of("a-genes.tsv", "a-genes.tsv.bak", "b-genes.tsv", "c-genes.tsv", "ä-genes.tsv");
        names.markRegularFile(0, new FileState(10, 1000)); // in sorted order: a-genes.tsv, a-genes.tsv.bak, b-, c-, ä-
        names.markRegularFile(3, new FileState(30, 3000));
        names.markRegularFile(4, new FileState(40, 4000));
        assertEquals(new FileState(10, 1000), names.regularFile("a-genes.tsv"));
        assertEquals(new FileState(30, 3000), names.regularFile("c-genes.tsv"));
        assertEquals(new FileState(40, 4000), names.regularFile("ä-genes.tsv"));
        assertNull(names.regularFile("b-genes.tsv"), "not marked: a folder, say");
        assertNull(names.regularFile("a-genes.tsv.bak"), "not marked");
        assertNull(names.regularFile("a-genes.ts"), "a name that is the start of another");
        assertNull(names.regularFile("d-genes.tsv"), "after the last name");
        assertNull(names.regularFile("0-genes.tsv"), "before the first name");
        assertNull(FolderNames.of().regularFile("a-genes.tsv"));
    }

    private static List<String> names(FolderNames names) {
        return IntStream.range(0, names.size()).mapToObj(names::get).toList();
    }
}
