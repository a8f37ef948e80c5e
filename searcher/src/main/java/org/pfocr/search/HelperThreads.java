package org.pfocr.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that take a part of a search (counting its hits and facets) while the searching thread
 * ranks and highlights, so that one search uses two cores. A part no helper has started by the
 * time the searching thread wants it is run by that thread itself: a search never waits for a busy
 * helper, and searches from many threads at once cost no more CPU than before. Thread-safe.
 */
final class HelperThreads implements AutoCloseable {

    /** A part of a search, which may fail with an I/O error. */
    @FunctionalInterface
    interface Part<T> {
        T run() throws IOException;
    }

    /** No helpers: every part runs in the thread that joins it. */
    private static final HelperThreads NONE = new HelperThreads(0);

    /** {@code null} when there are no helpers. */
    private final ExecutorService executor;

    /** {@code threads} helpers (none: every part runs in the thread that wants its result). */
    HelperThreads(int threads) {
        this.executor = threads == 0 ? null : Executors.newFixedThreadPool(threads, daemons());
    }

    /** One helper for every core but the searching thread's; none on a machine of one core. */
    static HelperThreads forThisMachine() {
        int threads = Runtime.getRuntime().availableProcessors() - 1;
        return threads <= 0 ? NONE : new HelperThreads(threads);
    }

    /** Hands {@code part} to a helper if there is one; its result is had with {@link Pending#join()}. */
    <T> Pending<T> start(Part<T> part) {
        FutureTask<T> task = new FutureTask<>(part::run);
        if (executor != null) {
            executor.execute(task);
        }
        return new Pending<>(task);
    }

    /**
     * Lets the helpers end once the parts handed to them are done. They are never interrupted:
     * an interrupt closes the file channel Lucene's {@code NIOFSDirectory} is reading.
     */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger made = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "pfocr-search-helper-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A part of a search handed to a helper, or not yet run. */
    static final class Pending<T> {
        private final FutureTask<T> task;

        private Pending(FutureTask<T> task) {
            this.task = task;
        }

        /**
         * The part's result: run here if no helper has started it, else awaited.
         *
         * @throws IOException as the part threw it; an {@link InterruptedIOException} when the
         *     calling thread is interrupted while it waits
         */
        T join() throws IOException {
            task.run();
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException interrupted = new InterruptedIOException("interrupted while searching");
                interrupted.initCause(e);
                throw interrupted;
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }

        /**
         * Waits until the part is over (runs it here if no helper has started it), whatever its
         * result: for a search that failed, so that nothing of it outlives it.
         */
        void finishQuietly() {
            try {
                join();
            } catch (IOException | RuntimeException e) {
                // The search has already failed; this part's failure adds nothing to it.
            }
        }

        private static IOException rethrown(Throwable cause) {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IOException(cause);
        }
    }
}
