package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;

/**
 * Searches in several threads while the index is rebuilt and updated in the same process: none
 * fails, each sees one whole commit (its total, figures and facets are those of some commit, never
 * a mix), and once {@link FigureSearcher#refresh()} has returned they see the newest commit.
 */
class ConcurrentReadersTest {

    private static final int READERS = 2;
    private static final List<String> QUERIES = List.of(
            "*:*", "STAT3", "title:Revised", "organism:mouse", "caption:apoptosis OR genes:TNFSF11");

    @TempDir
    Path temp;

    /** What readers saw: the version published when they started, the query, and the answer. */
    private record Seen(int version, int query, String answer) {
    }

    @Test
    void readersNeverFailNeverSeeAMixAndSeeTheNewCommitAfterARefresh() throws Exception {
        Path index = temp.resolve("index");
        TestCorpus corpus = TestCorpus.in(temp.resolve("records"));
        corpus.addCopies(0, 1);
        Path original = TestIndexes.testdata().resolve("figures");
        run(IndexOptions.rebuild(index, List.of(corpus.root())));

        List<List<String>> answers = new CopyOnWriteArrayList<>();
        AtomicInteger published = new AtomicInteger(-1);
        AtomicBoolean done = new AtomicBoolean();
        Set<Seen> seen = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicLong searches = new AtomicLong();
        try (FigureSearcher searcher = FigureSearcher.open(index)) {
            answers.add(answers(searcher));
            published.set(0);
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int first = r;
                readers.add(Thread.ofPlatform().start(() -> {
                    for (int i = first; !done.get(); i++) {
                        int version = published.get();
                        int query = i % QUERIES.size();
                        try {
                            seen.add(new Seen(version, query, answer(searcher, QUERIES.get(query))));
                            searches.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                }));
            }

            List<Path> files = recordFiles(corpus.root());
            List<Runnable> changes = List.of(
                    () -> update(index, () -> {
                        TestCorpus.retitle(files.get(0), "Revised one");
                        TestCorpus.retitle(files.get(5), "Revised two");
                        Files.delete(files.get(1));
                        corpus.addCopies(1, 2);
                    }),
                    () -> run(IndexOptions.rebuild(index, List.of(original))),
                    () -> run(IndexOptions.rebuild(index, List.of(corpus.root())).withUpdate(true)),
                    () -> run(IndexOptions.rebuild(index, List.of(corpus.root()))));
            for (Runnable change : changes) {
                change.run();
                assertTrue(searcher.refresh(), "a new commit");
                List<String> now = answers(searcher);
                assertNotEquals(answers.get(answers.size() - 1), now, "each change changes some answer");
                answers.add(now);
                published.set(answers.size() - 1);
                Thread.sleep(50);
            }
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        }

        System.out.printf("ConcurrentReadersTest: %d searches in %d threads over %d commits, %d failures%n",
                searches.get(), READERS, answers.size(), failures.size());
        assertEquals(List.of(), failures);
        for (Seen one : seen) {
            int commit = -1;
            for (int v = 0; v < answers.size(); v++) {
                if (answers.get(v).get(one.query()).equals(one.answer())) {
                    commit = v;
                }
            }
            assertTrue(commit >= 0, "an answer of no commit (a mix?): " + QUERIES.get(one.query()) + " -> " + one.answer());
            assertTrue(commit >= one.version(), "a search started after the refresh to commit " + one.version()
                    + " saw commit " + commit + ": " + QUERIES.get(one.query()));
        }
        Set<Integer> versionsSeen = new TreeSet<>();
        seen.forEach(one -> versionsSeen.add(one.version()));
        assertTrue(versionsSeen.size() > 1, "readers searched during several commits: " + versionsSeen);
    }

    @FunctionalInterface
    private interface Change {
        void apply() throws Exception;
    }

    private static void update(Path index, Change change) {
        try {
            change.apply();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        run(IndexOptions.rebuild(index, List.of()).withUpdate(true));
    }

    private static void run(IndexOptions options) {
        try {
            new FigureIndexer(options, IndexListener.SILENT).run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> answers(FigureSearcher searcher) throws Exception {
        List<String> answers = new ArrayList<>();
        for (String query : QUERIES) {
            answers.add(answer(searcher, query));
        }
        return Collections.unmodifiableList(answers);
    }

    /** A query's total, its figures (in figid order) and its facet counts. */
    private static String answer(FigureSearcher searcher, String query) throws Exception {
        SearchResults results = searcher.search(SearchRequest.of(query).withLimit(1_000).withFacets(true));
        return results.total() + " " + new TreeSet<>(results.hits().stream().map(Hit::figid).toList()) + " "
                + results.facets();
    }

    private static List<Path> recordFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }
}
