package org.pfocr.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexingException;

/** Builds the indexes the searcher tests run against: the real sample on ../shared, or the bundled testdata. */
final class TestIndexes {

    private TestIndexes() {
    }

    /** {@code ../shared}, skipping the calling test with a message when it is absent. */
    static Path shared() {
        Path shared = Path.of(System.getProperty("pfocr.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("pfocr-sample")),
                "../shared (real PFOCR sample) is absent: skipping tests on real data");
        return shared;
    }

    /** The bundled testdata folder of records we wrote ourselves. */
    static Path testdata() {
        return Path.of(System.getProperty("pfocr.testdata", "../testdata"));
    }

    /** Indexes the real sample and the seed record into {@code indexDir}. */
    static Path indexShared(Path indexDir) {
        Path shared = shared();
        return index(indexDir, List.of(shared.resolve("pfocr-sample"), shared.resolve("seeds")));
    }

    /** Indexes {@code sources} into {@code indexDir} with default options. */
    static Path index(Path indexDir, List<Path> sources) {
        try {
            new FigureIndexer(IndexOptions.rebuild(indexDir, sources), IndexListener.SILENT).run();
            return indexDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexingException e) {
            throw new IllegalStateException(e);
        }
    }
}
