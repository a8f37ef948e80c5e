package org.pfocr.synonym;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real data at {@code ../shared} (system property {@code pfocr.shared}); tests skip when it is absent. */
final class SharedData {
    private SharedData() {
    }

    /** The human gene_info file, or a skipped test. */
    static Path humanGeneInfo() {
        return require("genes/Homo_sapiens.gene_info.gz");
    }

    /** The FamPlex folder, or a skipped test. */
    static Path famplex() {
        return require("famplex/relations.csv").getParent();
    }

    private static Path require(String relative) {
        String root = System.getProperty("pfocr.shared", "");
        Path file = root.isEmpty() ? null : Path.of(root).resolve(relative);
        assumeTrue(file != null && Files.isRegularFile(file), "../shared absent: skipping (" + relative + ")");
        return file;
    }
}
