package org.pfocr.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time limit of the search running on each thread, as the {@link QueryTimeout} Lucene polls
 * while it enumerates the terms of wildcard, fuzzy and range queries, reads doc values and scores
 * documents. One instance serves every thread of a snapshot: a thread's limit runs from
 * {@link #start} until the returned {@link Limit} is closed; threads without one never stop.
 */
final class SearchDeadlines implements QueryTimeout {

    /** Longer limits are as good as none (and keep {@code nanoTime} arithmetic from overflowing). */
    private static final Duration LONGEST = Duration.ofDays(1);

    private final ThreadLocal<Long> deadlines = new ThreadLocal<>();

    /** The time limit of the calling thread's current search; closing it lifts the limit. */
    interface Limit extends AutoCloseable {
        @Override
        void close();
    }

    /** Starts a limit of {@code timeout} on the calling thread. */
    Limit start(Duration timeout) {
        long nanos = timeout.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : timeout.toNanos();
        return resume(System.nanoTime() + nanos);
    }

    /**
     * The deadline of the calling thread's search, for a helper thread to take up with
     * {@link #resume}; {@code null} when it has no limit.
     */
    Long deadline() {
        return deadlines.get();
    }

    /**
     * Gives the calling thread {@code deadline} (from {@link #deadline}; {@code null} for none)
     * until the returned limit is closed, which gives it back the limit it had before.
     */
    Limit resume(Long deadline) {
        Long before = deadlines.get();
        set(deadline);
        return () -> set(before);
    }

    private void set(Long deadline) {
        if (deadline == null) {
            deadlines.remove();
        } else {
            deadlines.set(deadline);
        }
    }

    @Override
    public boolean shouldExit() {
        Long deadline = deadlines.get();
        return deadline != null && System.nanoTime() - deadline >= 0;
    }
}
