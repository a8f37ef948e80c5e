package org.pfocr.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pfocr.record.FileErrors;
import org.pfocr.search.FigureSearcher;

/**
 * Looks for a newer commit of the served index at a fixed interval and moves the searcher to it
 * ({@link FigureSearcher#refresh()}: searches running meanwhile finish on the commit they started
 * with). A commit that cannot be opened is reported once and the searcher stays on the one it has.
 */
final class IndexRefresher implements AutoCloseable {

    private final FigureSearcher searcher;
    private final ServerLog log;
    private final ScheduledExecutorService timer;
    private volatile String lastFailure;

    IndexRefresher(FigureSearcher searcher, Duration interval, ServerLog log) {
        this.searcher = searcher;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pfocr-index-refresher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::refreshNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Moves the searcher to the index's newest commit now, if it changed (from the timer, and before
     * each command a launcher hands over, which would see that commit in its own process).
     *
     * @return whether the searcher is on the newest commit: false when that cannot be opened
     */
    boolean refreshNow() {
        try {
            if (searcher.refresh()) {
                log.note("the index changed: now serving " + String.format("%,d", searcher.stats().figures()) + " figures");
            }
            lastFailure = null;
            return true;
        } catch (IOException | RuntimeException e) {
            String failure = e instanceof IOException io ? FileErrors.describe(io) : String.valueOf(e);
            synchronized (this) {
                if (!failure.equals(lastFailure)) {
                    log.note("cannot open the index's newest commit (" + failure + "): still serving the one before");
                    lastFailure = failure;
                }
            }
            return false;
        }
    }

    /** Stops looking, and waits (a few seconds at most) for a refresh under way to end, so that the searcher can be closed. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
