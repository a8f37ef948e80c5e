package org.pfocr.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.document.SourceStamp;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;
import org.pfocr.record.RecordException;
import org.pfocr.record.RecordParser;
import org.pfocr.schema.FigureFields;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SourceWalker;

/**
 * Parses record files and writes their figures on a given number of threads sharing one
 * {@link IndexWriter}: the walking thread and a pool of helpers. The helpers' queue is bounded and
 * the walking thread runs a task itself when it is full, so memory stays flat however large the
 * corpus, and no more threads index than were asked for: a third thread on two cores, each
 * switching the caches of the others out, made every figure cost a tenth more CPU.
 */
final class RecordTasks implements AutoCloseable {

    /**
     * Files handed to a helper at a time: a task for each would cost a hand-over between
     * threads (a futex call or two, 5-10 microseconds on a virtual machine) a file, the better part
     * of an update's time for a file that did not change.
     */
    private static final int BATCH = 32;

    /** A record file queued, and its ordinal in the walk (from 1). */
    private record Queued(RecordFile file, long ordinal) {
    }

    private final IndexWriter writer;
    private final RecordParser parser;
    private final FigureDocumentBuilder builder;
    private final ProblemCounter problems;
    private final IndexListener listener;
    /**
     * What the index held of each record file, for an update (none for a rebuild); each file read
     * is taken, so what is left at the end are the files this run did not read.
     */
    private final IndexedFiles previousFiles;
    private final boolean update;
    private final FigidClaims claims = new FigidClaims();
    /** Tables read because they are named after a record's figid, not its file name (absolute paths). */
    private final Set<String> tablesOfFigids = ConcurrentHashMap.newKeySet();
    /** The threads that index beside the walking thread; {@code null} when it indexes alone. */
    private final ThreadPoolExecutor helpers;
    /** Batches handed to {@link #helpers} and not yet done. */
    private final AtomicInteger batchesLeft = new AtomicInteger();
    /** The files queued since the last batch was handed over; used by the walking thread only. */
    private List<Queued> batch = new ArrayList<>(BATCH);
    private final AtomicLong filesSeen = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    /** The first write failure, or an {@link Error} (a full heap, say) on any thread; it stops the run. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    RecordTasks(IndexWriter writer, RecordParser parser, FigureDocumentBuilder builder, ProblemCounter problems,
            IndexListener listener, IndexedFiles previousFiles, boolean update, int threads) {
        this.writer = writer;
        this.parser = parser;
        this.builder = builder;
        this.problems = problems;
        this.listener = listener;
        this.previousFiles = previousFiles;
        this.update = update;
        this.helpers = threads == 1 ? null : new ThreadPoolExecutor(threads - 1, threads - 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 8), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Walks {@code sources} ({@link SourceWalker}), indexing every record file found, then reports
     * duplicate figids and tables without a record; rethrows the first write failure. A table that
     * looks orphaned during the walk may be named after the figid of a record with another file
     * name: its warning waits until the records are read.
     */
    void indexAll(List<Path> sources) throws IOException {
        List<Problem> orphans = new ArrayList<>();
        SourceWalker.walk(sources, this::submit, problem -> {
            if (problem.kind() == ProblemKind.ORPHAN_SIDECAR) {
                orphans.add(problem);
            } else {
                problems.accept(problem);
            }
        });
        finish(ordinals -> WalkOrdinals.paths(sources, ordinals));
        orphans.stream().filter(orphan -> !readAsTableOfFigid(orphan.path())).forEach(problems);
    }

    /** Queues {@code file}, in a batch of {@link #BATCH}; does nothing once a write has failed. */
    private void submit(RecordFile file) {
        if (failure.get() == null) {
            batch.add(new Queued(file, filesSeen.incrementAndGet()));
            if (batch.size() == BATCH) {
                submitBatch();
            }
        }
    }

    /**
     * Hands the batch of files queued so far to the helpers, or indexes it on this thread when their
     * queue is full or there are none.
     */
    private void submitBatch() {
        List<Queued> files = batch;
        batch = new ArrayList<>(BATCH);
        Runnable task = () -> {
            for (Queued file : files) {
                if (failure.get() != null) {
                    return;
                }
                run(file.file(), file.ordinal());
            }
        };
        if (helpers == null) {
            task.run();
            return;
        }
        batchesLeft.incrementAndGet();
        helpers.execute(() -> {
            try {
                task.run();
            } finally {
                batchesLeft.decrementAndGet();
            }
        });
    }

    /**
     * Waits for every queued file, then reports duplicate figids; rethrows the first write failure
     * or error.
     *
     * @param walkAgain the record files at the given walk ordinals (the ordinals of
     *     {@link #submit} calls, from 1), for the duplicate warnings
     */
    private void finish(Function<Set<Long>, Map<Long, Path>> walkAgain) throws IOException {
        if (!batch.isEmpty()) {
            submitBatch();
        }
        try {
            awaitHelpers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        Throwable error = failure.get();
        if (error instanceof Error fatal) {
            throw fatal;
        }
        if (error instanceof IOException io) {
            throw io;
        }
        claims.reportDuplicates(walkAgain, problems);
        reportReplacedOutsideSources(walkAgain);
    }

    /**
     * Warns about figures of record files this update did not read (outside its sources) that a
     * file it read replaced, having the same figid.
     */
    private void reportReplacedOutsideSources(Function<Set<Long>, Map<Long, Path>> walkAgain) throws IOException {
        /** A figure of a file not read, and the walk ordinal of the file read that replaced it. */
        record Replaced(String figid, long by) {
        }
        Map<String, Replaced> replaced = new TreeMap<>();
        previousFiles.forEachNotTaken(figid -> claims.latest(figid) != 0, (path, figid) -> {
            if (Files.exists(Path.of(path))) {
                replaced.put(path, new Replaced(figid, claims.latest(figid)));
            }
        });
        if (replaced.isEmpty()) {
            return;
        }
        Map<Long, Path> files = walkAgain.apply(new TreeSet<>(replaced.values().stream().map(Replaced::by).toList()));
        replaced.forEach((path, figure) -> problems.accept(Problem.of(ProblemKind.DUPLICATE_FIGID, Path.of(path),
                "figid " + figure.figid() + " is also in " + files.getOrDefault(figure.by(), Path.of("?"))
                        + ", which this update read and keeps; this file is outside the sources it read (an update of"
                        + " every source, or a rebuild, keeps the one found later)")));
    }

    /**
     * Runs the batches still queued on this thread too, waits for the helpers to finish theirs,
     * then writes out the buffers with them ({@link #flushBuffers}): only once no thread indexes,
     * so that no buffer is taken from a thread that would start a small segment after it.
     */
    private void awaitHelpers() throws InterruptedException {
        if (helpers != null) {
            for (Runnable queued; (queued = helpers.getQueue().poll()) != null; ) {
                queued.run();
            }
            while (batchesLeft.get() > 0) {
                Thread.sleep(1);
            }
            for (int i = 0; i < helpers.getCorePoolSize(); i++) {
                helpers.execute(this::flushBuffers);
            }
        }
        flushBuffers();
        if (helpers != null) {
            helpers.shutdown();
            while (!helpers.awaitTermination(1, TimeUnit.SECONDS)) {
                listener.progress(filesSeen.get(), indexed.get());
            }
        }
    }

    /**
     * Writes the figures buffered in memory out as segments, one buffer per thread at a time, so
     * that the last flush takes every core rather than the one thread that opens a reader.
     */
    private void flushBuffers() {
        listener.step(IndexListener.WRITING_SEGMENTS);
        try {
            while (failure.get() == null && writer.flushNextBuffer()) {
                listener.progress(filesSeen.get(), indexed.get());
            }
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        } catch (UncheckedIOException e) {
            failure.compareAndSet(null, e.getCause());
        } catch (Error e) {
            failure.compareAndSet(null, e);
        }
    }

    long filesSeen() {
        return filesSeen.get();
    }

    long indexed() {
        return indexed.get();
    }

    long unchanged() {
        return unchanged.get();
    }

    /** Distinct figids written by this run. */
    int distinctFigids() {
        return claims.written();
    }

    /** Indexes one file; an {@link Error} on a helper stops the run instead of only the thread. */
    private void run(RecordFile file, long ordinal) {
        try {
            indexOrReport(file, ordinal);
            listener.progress(filesSeen.get(), indexed.get());
        } catch (Error e) {
            failure.compareAndSet(null, e);
        }
    }

    private void indexOrReport(RecordFile file, long ordinal) {
        try {
            index(file, ordinal);
        } catch (RecordException e) {
            problems.accept(e.problem());
        } catch (UncheckedIOException e) {
            failure.compareAndSet(null, e.getCause());
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            // Lucene rejects a document it cannot invert and stays usable: skip this record only.
            problems.accept(Problem.of(ProblemKind.NOT_INDEXABLE, file.path(), String.valueOf(e.getMessage())));
        }
    }

    private void index(RecordFile file, long ordinal) throws IOException, RecordException {
        IndexedFile previous = update ? previousFiles.take(SourceStamp.pathKey(file.path())) : null;
        // The tables its figure read last time, which may be named after its figid. Stamped before
        // parsing, so that a file changed while it is read is read again by the next update.
        RecordFile expected = previous == null ? file : file.forFigid(previous.figid());
        SourceStamp expectedStamp = stamp(expected);
        if (previous != null && previous.stamp().equals(expectedStamp.stamp())
                && !claims.claimUnchanged(previous.figid(), ordinal, file.path())) {
            noteTablesOfFigid(file, expected);
            unchanged.incrementAndGet();
            return;
        }
        FigureRecord figure = parser.parse(file, problems);
        RecordFile read = file.forFigid(figure.figid());
        noteTablesOfFigid(file, read);
        // Stamped again only when the figure read other tables (its figid changed, or is not the file name).
        SourceStamp stamp = read.equals(expected) ? expectedStamp : stamp(read);
        Document document = builder.build(figure, stamp, problems);
        boolean written = claims.writeIfLatest(figure.figid(), ordinal, file.path(), firstOfRun -> {
            if (update) {
                writer.deleteDocuments(new Term(FigureFields.SOURCE_PATH, stamp.path()));
            }
            if (firstOfRun && !update) {
                // Nothing to replace: a delete term per figure would cost a lookup in every segment.
                writer.addDocument(document);
            } else {
                writer.updateDocument(new Term(FigureFields.FIGID, figure.figid()), document);
            }
        });
        if (written) {
            indexed.incrementAndGet();
        }
    }

    private static SourceStamp stamp(RecordFile file) throws RecordException {
        try {
            return SourceStamp.of(file);
        } catch (IOException e) {
            throw new RecordException(Problem.of(ProblemKind.UNREADABLE, file.path(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Remembers the tables {@code read} has beyond {@code file}'s own: named after a figid that is not the file name. */
    private void noteTablesOfFigid(RecordFile file, RecordFile read) {
        if (read != file) {
            read.files().filter(table -> file.files().noneMatch(table::equals))
                    .forEach(table -> tablesOfFigids.add(SourceStamp.pathKey(table)));
        }
    }

    /**
     * Whether {@code table} was read as a table named after its record's figid rather than its
     * file name, so that the walk's warning that no record of that name exists is wrong.
     */
    private boolean readAsTableOfFigid(Path table) {
        return tablesOfFigids.contains(SourceStamp.pathKey(table));
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
