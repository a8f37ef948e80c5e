package org.pfocr.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarLocatorTest {
    @TempDir
    Path root;

    private Path touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    @Test
    void looksInTheDataFolderFirstThenBesideARecordInFigures() throws IOException {
        Path record = touch("_figures/PMC1__f1.md");
        Path genes = touch("_data/PMC1__f1-genes.tsv");
        touch("_figures/PMC1__f1-genes.tsv");
        Path chemicals = touch("_figures/PMC1__f1-chemicals.tsv");
        assertEquals(new RecordFile(record, genes, chemicals, null), SidecarLocator.locate(record));
    }

    @Test
    void looksOnlyBesideARecordElsewhere() throws IOException {
        Path record = touch("seeds/PMC2__f2.txt");
        touch("_data/PMC2__f2-genes.tsv");
        Path diseases = touch("seeds/PMC2__f2-diseases.tsv");
        assertEquals(new RecordFile(record, null, null, diseases), SidecarLocator.locate(record));
    }

    @Test
    void findsSidecarsNamedAfterAnotherName() throws IOException {
        Path record = touch("_figures/0a1b.md");
        Path genes = touch("_data/PMC3__f3-genes.tsv");
        assertEquals(new RecordFile(record, genes, null, null), SidecarLocator.locate(record, "PMC3__f3"));
        assertEquals(RecordFile.of(record), SidecarLocator.locate(record));
    }

    @Test
    void findsNothingForANameThatIsAPath() throws IOException {
        Path record = touch("_figures/x.md");
        touch("x-genes.tsv");
        assertEquals(RecordFile.of(record), SidecarLocator.locate(record, "../x"));
        assertEquals(RecordFile.of(record), SidecarLocator.locate(record, ".."));
    }

    @Test
    void namesTheStem() {
        assertEquals("PMC1__f1.g002", RecordFile.of(Path.of("a/PMC1__f1.g002.md")).stem());
        assertEquals("README", RecordFile.of(Path.of("README")).stem());
    }
}
