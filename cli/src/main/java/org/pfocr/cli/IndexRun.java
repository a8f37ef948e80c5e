package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexSummary;
import org.pfocr.index.IndexingException;
import org.pfocr.index.InvalidOptionException;
import org.pfocr.record.FileErrors;
import org.pfocr.record.Problem;

/**
 * Runs {@code pfocr index}: the indexer with a progress line and problems on standard error, and a
 * summary on standard output. Kept apart from {@link IndexCommand} so picocli never loads the
 * indexer just to parse a command line.
 */
final class IndexRun implements IndexListener {

    private final PrintWriter err;
    private final Progress progress;
    private long lastFiles;

    private IndexRun(PrintWriter err, Progress progress) {
        this.err = err;
        this.progress = progress;
    }

    static void run(IndexCommand command) {
        IndexOptions options = options(command);
        PrintWriter err = command.err();
        IndexRun listener = new IndexRun(err, command.quiet ? null : Progress.start(err, "indexing", -1));
        IndexSummary summary;
        try {
            summary = new FigureIndexer(options, listener).run();
        } catch (InvalidOptionException e) {
            throw CliFailure.usage(e.getMessage(), e);
        } catch (IndexingException e) {
            throw new CliFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliFailure("indexing into " + options.indexDir() + " failed, the index was left as it was: "
                    + FileErrors.describe(e), e);
        } finally {
            listener.finishProgress();
        }
        if (!command.quiet) {
            write(command.out(), options, summary);
        }
    }

    private static IndexOptions options(IndexCommand command) {
        try {
            IndexOptions options = IndexOptions.rebuild(command.indexDirectory(), command.sources)
                    .withUpdate(command.update)
                    .withStrict(command.strict)
                    .withMerge(command.merge)
                    .withSynonyms(command.geneInfo, command.synonyms);
            return command.threads == null ? options : options.withThreads(command.threads);
        } catch (InvalidOptionException e) {
            throw CliFailure.usage(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void progress(long filesSeen, long figuresIndexed) {
        if (progress != null && filesSeen > lastFiles) {
            progress.advance(filesSeen - lastFiles);
            lastFiles = filesSeen;
        }
    }

    @Override
    public synchronized void step(String step) {
        if (progress != null) {
            progress.step(step);
        }
    }

    @Override
    public synchronized void problem(Problem problem) {
        if (progress != null) {
            progress.finish();
        }
        err.println("pfocr: " + (problem.kind().skipsRecord() ? "skipped: " : "warning: ") + ErrorHandler.oneLine(problem.toString()));
        err.flush();
    }

    private synchronized void finishProgress() {
        if (progress != null) {
            progress.finish();
        }
    }

    /** The summary: what was indexed, how fast, the problems by kind, the synonym sources. */
    static void write(PrintWriter out, IndexOptions options, IndexSummary summary) {
        double seconds = summary.elapsed().toMillis() / 1000.0;
        if (options.update()) {
            out.printf("Updated %s: %s re-read, %,d unchanged, %,d removed; %s in the index (%.1f s).%n",
                    options.indexDir(), count(summary.figuresIndexed(), "figure"), summary.figuresUnchanged(),
                    summary.figuresRemoved(), count(summary.figuresInIndex(), "figure"), seconds);
        } else {
            out.printf("Indexed %s from %s into %s in %.1f s (%,.0f figures/s).%n",
                    count(summary.figuresInIndex(), "figure"), count(summary.filesSeen(), "file"), options.indexDir(),
                    seconds, summary.figuresPerSecond());
        }
        out.println("Problems: " + problems(summary));
        out.println("Synonyms: " + summary.synonymCounts().entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", ")));
        out.flush();
    }

    private static String problems(IndexSummary summary) {
        if (summary.problemCount() == 0) {
            return "none";
        }
        String byKind = summary.problems().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format("%s skipped, %s (%s)", count(summary.filesSkipped(), "file"),
                count(summary.problemCount() - summary.filesSkipped(), "warning"), byKind);
    }

    /** {@code 1 figure}, {@code 2 figures}: a count with its noun. */
    static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
