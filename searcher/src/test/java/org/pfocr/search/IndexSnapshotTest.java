package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches that start together on a new commit must share one reader context: a Lucene weight made
 * with one context and used on the leaves of another fails (Lucene's assertion "the top-reader
 * used to create Weight is not the same"), and Lucene makes a composite reader's context on first
 * use without a lock.
 */
class IndexSnapshotTest {

    private static final int SNAPSHOTS = 300;
    private static final int THREADS = 4;

    @TempDir
    Path temp;

    @Test
    void searchersStartingTogetherOnANewCommitShareOneReaderContext() throws Exception {
        Path index = TestIndexes.index(temp.resolve("index"), List.of(TestIndexes.testdata().resolve("figures")));
        int mixed = 0;
        try (Directory directory = FSDirectory.open(index)) {
            for (int i = 0; i < SNAPSHOTS; i++) {
                IndexSnapshot snapshot = IndexSnapshot.of(index, DirectoryReader.open(directory));
                try {
                    if (contextsSeenTogether(snapshot) > 1) {
                        mixed++;
                    }
                } finally {
                    snapshot.reader().close();
                }
            }
        }
        assertEquals(0, mixed, "snapshots whose simultaneous searchers saw different reader contexts");
    }

    /** How many distinct top reader contexts {@value #THREADS} searchers made at the same moment see. */
    private static int contextsSeenTogether(IndexSnapshot snapshot) throws Exception {
        Set<IndexReaderContext> contexts = ConcurrentHashMap.newKeySet();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    contexts.add(snapshot.searcher().getTopReaderContext());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return contexts.size();
    }
}
