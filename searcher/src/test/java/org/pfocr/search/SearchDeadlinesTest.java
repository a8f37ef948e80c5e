package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A time limit belongs to the thread that started it, can be taken up by a thread helping that
 * search, and gives back, when closed, the limit the thread had before.
 */
class SearchDeadlinesTest {

    private final SearchDeadlines deadlines = new SearchDeadlines();

    @Test
    void aThreadWithoutALimitNeverStops() {
        assertNull(deadlines.deadline());
        assertFalse(deadlines.shouldExit());
    }

    @Test
    void aHelperThreadTakesUpTheSearchingThreadsLimit() throws Exception {
        try (SearchDeadlines.Limit limit = deadlines.start(Duration.ZERO)) {
            assertTrue(deadlines.shouldExit());
            Long deadline = deadlines.deadline();
            boolean helperWithout = CompletableFuture.supplyAsync(deadlines::shouldExit).get();
            boolean helperWith = CompletableFuture.supplyAsync(() -> {
                try (SearchDeadlines.Limit resumed = deadlines.resume(deadline)) {
                    return deadlines.shouldExit();
                }
            }).get();
            assertFalse(helperWithout, "a thread that did not take up the limit stopped");
            assertTrue(helperWith, "a thread that took up the limit went on");
        }
        assertFalse(deadlines.shouldExit());
    }

    @Test
    void closingALimitGivesBackTheOneBefore() {
        try (SearchDeadlines.Limit outer = deadlines.start(Duration.ofDays(2))) {
            Long before = deadlines.deadline();
            try (SearchDeadlines.Limit inner = deadlines.resume(System.nanoTime())) {
                assertTrue(deadlines.shouldExit());
            }
            assertEquals(before, deadlines.deadline());
            assertFalse(deadlines.shouldExit());
            try (SearchDeadlines.Limit none = deadlines.resume(null)) {
                assertNull(deadlines.deadline());
            }
            assertEquals(before, deadlines.deadline());
        }
        assertNull(deadlines.deadline());
    }
}
