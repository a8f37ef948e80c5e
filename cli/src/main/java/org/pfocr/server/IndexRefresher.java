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
    private String lastFailure;

    IndexRefresher(FigureSearcher searcher, Duration interval, ServerLog log) {
        this.searcher = searcher;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pfocr-index-refresher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            if (searcher.refresh()) {
                log.note("the index changed: now serving " + String.format("%,d", searcher.stats().figures()) + " figures");
            }
            lastFailure = null;
        } catch (IOException | RuntimeException e) {
            String failure = e instanceof IOException io ? FileErrors.describe(io) : String.valueOf(e);
            if (!failure.equals(lastFailure)) {
                log.note("cannot open the index's newest commit (" + failure + "): still serving the one before");
                lastFailure = failure;
            }
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
