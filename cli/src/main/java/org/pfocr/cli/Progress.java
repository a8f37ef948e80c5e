package org.pfocr.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long work, redrawn in place at most ten times a second:
 * {@code indexing: 1,234/5,000 (24%)  812/s  0:01:32}, and the step the work has reached when it has
 * steps after counting ({@code ...  0:01:40  committing…}). Silent when standard error is not a terminal.
 * {@link #advance} may be called from several threads; call {@link #finish} once at the end.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean visible;
    private final String label;
    private final long total;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final AtomicLong done = new AtomicLong();
    private long lastDrawNanos;
    private int drawnWidth;
    private String step;

    Progress(PrintWriter err, boolean visible, String label, long total, LongSupplier nanoClock) {
        this.err = err;
        this.visible = visible;
        this.label = label;
        this.total = total;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    /** Progress on {@code err}, shown when standard error is a terminal; {@code total} &lt; 0 when unknown. */
    public static Progress start(PrintWriter err, String label, long total) {
        return new Progress(err, Terminal.stderrIsTerminal(), label, total, System::nanoTime);
    }

    /** Counts {@code n} more items done, and redraws the line when the last drawing is 0.1 s old. */
    public void advance(long n) {
        long count = done.addAndGet(n);
        if (visible) {
            long now = nanoClock.getAsLong();
            synchronized (this) {
                if (now - lastDrawNanos >= REDRAW_NANOS) {
                    lastDrawNanos = now;
                    draw(line(count, now));
                }
            }
        }
    }

    /** Shows that the work has reached {@code step}, at once (a step named again is not redrawn). */
    public synchronized void step(String step) {
        if (visible && !step.equals(this.step)) {
            this.step = step;
            long now = nanoClock.getAsLong();
            lastDrawNanos = now;
            draw(line(done.get(), now));
        }
    }

    /** Clears the line, so that whatever follows starts on a clean one. */
    public synchronized void finish() {
        if (drawnWidth > 0) {
            draw("");
            err.print('\r');
            err.flush();
            drawnWidth = 0;
        }
    }

    /** The items done so far. */
    public long count() {
        return done.get();
    }

    /** The time since the start. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - startNanos);
    }

    private String line(long count, long now) {
        return String.format("%s: %,d%s  %,d/s  %s%s", label, count, ofTotal(count), perSecond(count, now), clock(now),
                step == null ? "" : "  " + step + "\u2026");
    }

    private void draw(String line) {
        err.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    private String ofTotal(long count) {
        return total < 0 ? "" : String.format("/%,d (%d%%)", total, total == 0 ? 100 : count * 100 / total);
    }

    private long perSecond(long count, long now) {
        return count * 1_000_000_000L / Math.max(1, now - startNanos);
    }

    private String clock(long now) {
        long seconds = (now - startNanos) / 1_000_000_000L;
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
