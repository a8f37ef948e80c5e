package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.query.QueryException;
import org.pfocr.results.SearchResults;
import org.pfocr.schema.FigureFields;

/**
 * Hostile queries against a real index (the bundled testdata): every generated query gives
 * results or a {@link QueryException}, never another exception, and stops at its time limit.
 * The seed is printed; rerun one with {@code -Dpfocr.fuzz.seed=N}, more with {@code -Dpfocr.fuzz.queries=N}.
 */
class HostileQueryTest {

    private static final int QUERIES = Integer.getInteger("pfocr.fuzz.queries", 10_000);
    private static final long SEED = Long.getLong("pfocr.fuzz.seed", 20_261_127L);
    private static final int THREADS = 2;
    private static final Duration TIMEOUT = Duration.ofMillis(250);
    /** Far above any query's real time: only a query that ignored its time limit takes this long. */
    private static final Duration HANG = TIMEOUT.plusSeconds(10);

    @TempDir
    static Path indexDir;
    private static FigureSearcher searcher;

    @BeforeAll
    static void buildIndex() throws Exception {
        TestIndexes.index(indexDir, List.of(TestIndexes.testdata().resolve("figures")));
        searcher = FigureSearcher.open(indexDir);
    }

    @AfterAll
    static void close() throws Exception {
        if (searcher != null) {
            searcher.close();
        }
    }

    /** What the searches gave, gathered from every thread. */
    private static final class Outcomes {
        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger partial = new AtomicInteger();
        final Map<QueryException.Kind, AtomicInteger> errors = new EnumMap<>(QueryException.Kind.class);
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong slowestNanos = new AtomicLong();
        volatile String slowest = "";

        Outcomes() {
            for (QueryException.Kind kind : QueryException.Kind.values()) {
                errors.put(kind, new AtomicInteger());
            }
        }

        void run(int number, SearchRequest request) {
            String query = request.query();
            long start = System.nanoTime();
            try {
                SearchResults results = searcher.search(request);
                answered.incrementAndGet();
                if (results.partial()) {
                    partial.incrementAndGet();
                }
            } catch (QueryException e) {
                errors.get(e.kind()).incrementAndGet();
                if (e.position() < -1 || e.position() > query.length()) {
                    failures.add("#" + number + " position " + e.position() + " outside the query: " + shorten(query));
                }
            } catch (Throwable e) {
                failures.add("#" + number + " " + e + " for: " + shorten(query));
            }
            long took = System.nanoTime() - start;
            if (took > slowestNanos.getAndAccumulate(took, Math::max)) {
                slowest = "#" + number + " " + shorten(query);
            }
        }
    }

    @Test
    void everyGeneratedQueryGivesResultsOrATypedQueryError() throws Exception {
        System.out.println("HostileQueryTest: " + QUERIES + " queries, seed " + SEED
                + " (rerun with -Dpfocr.fuzz.seed=" + SEED + ")");
        List<SearchRequest> requests = requests();
        Outcomes outcomes = new Outcomes();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread;
                done.add(pool.submit(() -> {
                    for (int i = first; i < requests.size(); i += THREADS) {
                        outcomes.run(i, requests.get(i));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("HostileQueryTest: %d answered (%d partial), errors %s, %d other failures;"
                        + " %.1f s on %d threads, slowest %d ms: %s%n", outcomes.answered.get(), outcomes.partial.get(),
                outcomes.errors, outcomes.failures.size(), (System.nanoTime() - started) / 1e9, THREADS,
                outcomes.slowestNanos.get() / 1_000_000, outcomes.slowest);
        assertEquals(List.of(), outcomes.failures.stream().limit(20).toList(), outcomes.failures.size() + " queries failed");
        assertTrue(Duration.ofNanos(outcomes.slowestNanos.get()).compareTo(HANG) < 0,
                "a query ignored its time limit: " + outcomes.slowest);
        assertEquals(0, outcomes.errors.get(QueryException.Kind.TIMEOUT).get(), "a timeout gives partial results");
        for (QueryException.Kind kind : List.of(QueryException.Kind.SYNTAX, QueryException.Kind.UNKNOWN_FIELD,
                QueryException.Kind.INVALID_VALUE, QueryException.Kind.TOO_COMPLEX)) {
            assertTrue(outcomes.errors.get(kind).get() > 0, "the generator should reach " + kind);
        }
        assertTrue(outcomes.answered.get() > QUERIES / 10, "the generator should reach results");
    }

    @Test
    void aSearchStoppedByItsTimeLimitIsFlaggedPartial() throws Exception {
        String expensive = "*a* OR *e* OR *i* OR caption:/.*[a-z]{2}.*/ OR genes:*";
        SearchResults complete = searcher.search(SearchRequest.of(expensive).withFacets(true));
        assertFalse(complete.partial());
        assertTrue(complete.total() > 0);

        SearchResults cut = searcher.search(SearchRequest.of(expensive).withFacets(true)
                .withTimeout(Duration.ofNanos(1)));

        assertTrue(cut.partial(), "a 1 ns limit stops any search");
        assertTrue(cut.total() < complete.total(), cut.total() + " of " + complete.total());
    }

    @Test
    void theTimeLimitStopsTermEnumerationAndScoringToo() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            reader.incRef();
            IndexSnapshot snapshot = IndexSnapshot.of(indexDir, reader);
            IndexSearcher searcher = snapshot.searcher();
            assertTrue(searcher.search(new MatchAllDocsQuery(), 5).totalHits.value() > 0, "no limit, no stop");
            try (SearchDeadlines.Limit limit = snapshot.deadlines().start(Duration.ofNanos(1))) {
                searcher.search(new MatchAllDocsQuery(), 5);
                assertTrue(searcher.timedOut(), "scoring stops at the limit");
                assertThrows(ExitableDirectoryReader.ExitingReaderException.class,
                        () -> searcher.search(new WildcardQuery(new Term(FigureFields.CAPTION, "*a*")), 5),
                        "enumerating the terms of a wildcard stops at the limit");
            }
        }
    }

    /** The generated requests, in order: query text from the seed, options from the seed too. */
    private static List<SearchRequest> requests() {
        QueryFuzzer fuzzer = new QueryFuzzer(new Random(SEED));
        Random options = new Random(SEED + 1);
        List<SearchRequest> requests = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            SearchRequest request = SearchRequest.of(fuzzer.next()).withTimeout(TIMEOUT)
                    .withLimit(options.nextInt(5) == 0 ? 10 : options.nextInt(2))
                    .withOffset(options.nextInt(8) == 0 ? options.nextInt(30) : 0);
            if (options.nextInt(4) == 0) {
                request = request.withFacets(true);
            }
            if (options.nextInt(4) == 0) {
                request = request.withSort(SortOrder.YEAR);
            }
            if (options.nextInt(50) == 0) {
                request = request.withExplain(true);
            }
            requests.add(request);
        }
        return requests;
    }

    private static String shorten(String query) {
        String printable = query.replace("\u0000", "\\0").replace("\n", "\\n");
        return printable.length() <= 160 ? printable
                : printable.substring(0, 160) + "... (" + query.length() + " chars)";
    }
}
