package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private Progress progress(boolean visible, long total) {
        return new Progress(err, visible, "indexing", total, clock::get);
    }

    @Test
    void staysSilentWhenStderrIsNotATerminal() {
        Progress progress = progress(false, 100);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(200_000_000L);
            progress.advance(1);
        }
        progress.finish();

        assertEquals("", text.toString());
        assertEquals(100, progress.count());
    }

    @Test
    void launcherPropertyDecidesWhetherStderrIsATerminal() {
        String old = System.getProperty("pfocr.stderr.tty");
        try {
            System.setProperty("pfocr.stderr.tty", "false");
            assertFalse(Terminal.stderrIsTerminal());
            System.setProperty("pfocr.stderr.tty", "true");
            assertTrue(Terminal.stderrIsTerminal());
        } finally {
            StyleTest.restore("pfocr.stderr.tty", old);
        }
    }

    @Test
    void drawsCountTotalRateAndElapsedTime() {
        Progress progress = progress(true, 5000);
        clock.addAndGet(2_000_000_000L);
        progress.advance(1234);

        assertEquals("\rindexing: 1,234/5,000 (24%)  617/s  0:00:02", text.toString());
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        Progress progress = progress(true, -1);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(10_000_000L); // 1 s in all
            progress.advance(1);
        }

        assertEquals(10, text.toString().chars().filter(c -> c == '\r').count());
        assertTrue(text.toString().endsWith("\rindexing: 100  100/s  0:00:01"), text.toString());
    }

    @Test
    void showsEachStepAtOnceAfterTheCountsAndKeepsIt() {
        Progress progress = progress(true, -1);
        clock.addAndGet(1_000_000_000L);
        progress.advance(7);
        progress.step("committing");
        progress.step("committing");
        clock.addAndGet(1_000_000_000L);
        progress.advance(1);

        assertEquals("\rindexing: 7  7/s  0:00:01\rindexing: 7  7/s  0:00:01  committing\u2026"
                + "\rindexing: 8  4/s  0:00:02  committing\u2026", text.toString());
    }

    @Test
    void stepsStaySilentWhenStderrIsNotATerminal() {
        Progress progress = progress(false, -1);
        progress.advance(3);
        progress.step("committing");

        assertEquals("", text.toString());
    }

    @Test
    void finishBlanksTheLine() {
        Progress progress = progress(true, -1);
        clock.addAndGet(1_000_000_000L);
        progress.advance(7);
        progress.finish();

        String line = "indexing: 7  7/s  0:00:01";
        assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", text.toString());
        assertEquals(Duration.ofSeconds(1), progress.elapsed());
    }
}
