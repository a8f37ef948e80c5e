package org.pfocr.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.pfocr.query.QueryException;
import org.pfocr.results.SearchResults;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;

/**
 * In-process query latency, warm: each operation is one search (top 10 with snippets, and facets
 * when {@link #facets}) of the next query of the fixed set, round robin, so the sampled times are
 * those of the whole mix. Run by {@link QueryLatency}, or with JMH's own command line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBenchmark {

    /** The index folder. */
    @Param("")
    public String index;

    /** Whether every search also counts facets. */
    @Param({"false", "true"})
    public boolean facets;

    private FigureSearcher searcher;
    private SearchRequest[] requests;
    private int next;

    /** Opens the index and prepares the requests. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        searcher = FigureSearcher.open(Path.of(index));
        requests = BenchQuery.all().stream().map(query -> query.request(facets)).toArray(SearchRequest[]::new);
    }

    /** Closes the index. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        searcher.close();
    }

    /** One search of the next query. */
    @Benchmark
    public SearchResults search() throws IOException, QueryException {
        SearchRequest request = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        return searcher.search(request);
    }
}
