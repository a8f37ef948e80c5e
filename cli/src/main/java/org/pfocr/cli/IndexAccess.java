package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexingException;
import org.pfocr.record.FileErrors;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.FileAccess;
import org.pfocr.search.IndexUnavailableException;

/**
 * Opens the index a command reads. When the default index (no {@code --index}) does not exist
 * yet, it is first built from the bundled {@code testdata/}, with a one-line note, so that a new
 * user's first search answers.
 */
final class IndexAccess {

    private IndexAccess() {
    }

    /**
     * Opens the searcher on {@code indexDir} for the one or two searches of a command: its files
     * read, not memory-mapped, which costs a new JVM less to set up ({@link FileAccess#READ}).
     * Builds the demo index there first when allowed and needed.
     */
    static FigureSearcher open(Path indexDir, boolean buildDemoIfMissing, PrintWriter err) {
        return open(indexDir, buildDemoIfMissing, err, FileAccess.READ);
    }

    /** Opens the searcher on {@code indexDir} reading its files as {@code access} says; builds the demo index as above. */
    static FigureSearcher open(Path indexDir, boolean buildDemoIfMissing, PrintWriter err, FileAccess access) {
        try {
            return FigureSearcher.open(indexDir, access);
        } catch (IndexUnavailableException e) {
            if (e.reason() != IndexUnavailableException.Reason.MISSING || !buildDemoIfMissing) {
                throw new CliFailure(e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new CliFailure("cannot open the index at " + indexDir + ": " + FileErrors.describe(e), e);
        }
        buildDemo(indexDir, err);
        try {
            return FigureSearcher.open(indexDir, access);
        } catch (IOException e) {
            throw new CliFailure("cannot open the index at " + indexDir + ": " + FileErrors.describe(e), e);
        }
    }

    /**
     * The failure to report when reading the index fails while {@code doing} something (e.g.
     * {@code searching}): a missing, damaged or incompatible index speaks for itself.
     */
    static CliFailure failure(String doing, Path indexDir, IOException e) {
        if (e instanceof IndexUnavailableException) {
            return new CliFailure(e.getMessage(), e);
        }
        return new CliFailure(doing + " " + indexDir + " failed: " + FileErrors.describe(e), e);
    }

    private static void buildDemo(Path indexDir, PrintWriter err) {
        Path testdata = testdata();
        err.println("pfocr: no index at " + indexDir + " yet: building it from the bundled " + testdata
                + " (index your own records with 'pfocr index SOURCE...')");
        err.flush();
        try {
            new FigureIndexer(IndexOptions.rebuild(indexDir, List.of(testdata)), IndexListener.SILENT).run();
        } catch (IOException e) {
            throw new CliFailure("cannot build the demo index at " + indexDir + ": " + FileErrors.describe(e), e);
        } catch (IndexingException e) {
            throw new CliFailure("cannot build the demo index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** The bundled records: {@code <pfocr.home>/testdata/figures}, where the launcher says the project is. */
    private static Path testdata() {
        String home = System.getProperty("pfocr.home");
        Path root = home != null ? Path.of(home) : projectOfJar();
        Path testdata = root == null ? null : root.resolve("testdata").resolve("figures");
        if (testdata == null || !Files.isDirectory(testdata)) {
            throw new CliFailure("no index yet and no bundled testdata to build one from: index your records"
                    + " with 'pfocr index SOURCE...' or name an index with --index DIR");
        }
        return testdata;
    }

    /** The project folder of {@code cli/target/pfocr.jar}, or {@code null}. */
    private static Path projectOfJar() {
        try {
            Path jar = Path.of(IndexAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = jar.getParent();
            return target == null || target.getParent() == null ? null : target.getParent().getParent();
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
