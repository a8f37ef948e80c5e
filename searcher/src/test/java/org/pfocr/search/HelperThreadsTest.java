package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A part of a search runs on a free helper, or on the thread that wants its result when no helper
 * has started it; either way it runs once, and its result or failure reaches that thread.
 */
class HelperThreadsTest {

    @Test
    void aFreeHelperRunsThePart() throws Exception {
        try (HelperThreads helpers = new HelperThreads(1)) {
            CountDownLatch started = new CountDownLatch(1);
            HelperThreads.Pending<String> part = helpers.start(() -> {
                started.countDown();
                return Thread.currentThread().getName();
            });
            assertTrue(started.await(10, TimeUnit.SECONDS), "no helper started the part");
            assertTrue(part.join().startsWith("pfocr-search-helper-"), "ran on " + part.join());
        }
    }

    @Test
    void withoutHelpersThePartRunsInTheJoiningThread() throws Exception {
        try (HelperThreads helpers = new HelperThreads(0)) {
            HelperThreads.Pending<Thread> part = helpers.start(Thread::currentThread);
            assertSame(Thread.currentThread(), part.join());
        }
    }

    @Test
    void aPartNoBusyHelperHasStartedRunsInTheJoiningThreadOnce() throws Exception {
        try (HelperThreads helpers = new HelperThreads(1)) {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            HelperThreads.Pending<Void> blocking = helpers.start(() -> {
                busy.countDown();
                await(release);
                return null;
            });
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the helper did not start");
            AtomicInteger runs = new AtomicInteger();
            HelperThreads.Pending<Thread> queued = helpers.start(() -> {
                runs.incrementAndGet();
                return Thread.currentThread();
            });
            assertSame(Thread.currentThread(), queued.join());
            release.countDown();
            blocking.join();
            // The helper takes the queued part from its queue before the next one, and must not run it again.
            CountDownLatch drained = new CountDownLatch(1);
            helpers.start(() -> {
                drained.countDown();
                return null;
            });
            assertTrue(drained.await(10, TimeUnit.SECONDS), "the helper did not drain its queue");
            assertEquals(1, runs.get());
        }
    }

    @Test
    void aPartsFailureReachesTheJoiningThread() {
        try (HelperThreads helpers = new HelperThreads(1)) {
            IOException io = assertThrows(IOException.class,
                    () -> helpers.start(() -> { throw new IOException("disk"); }).join());
            assertEquals("disk", io.getMessage());
            IllegalStateException runtime = assertThrows(IllegalStateException.class,
                    () -> helpers.start(() -> { throw new IllegalStateException("bug"); }).join());
            assertEquals("bug", runtime.getMessage());
        }
    }

    @Test
    void finishingQuietlyWaitsForThePartAndDropsItsFailure() throws Exception {
        try (HelperThreads helpers = new HelperThreads(1)) {
            AtomicInteger finished = new AtomicInteger();
            HelperThreads.Pending<Void> part = helpers.start(() -> {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                finished.incrementAndGet();
                throw new IOException("ignored");
            });
            part.finishQuietly();
            assertEquals(1, finished.get());
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("never released");
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }
}
