package org.pfocr.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pfocr.query.QueryException;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;

/**
 * Latency by query category (luceneutil style) or by query, to see which kind of query, or which
 * query, is slow: the set is run round after round, warm-up rounds dropped, every search timed in
 * wall time and in the CPU time of its thread. CPU time hardly moves when other processes share
 * the machine, so it is the measure to compare fixes by on a busy machine; it leaves out what the
 * search's helper thread does (counting hits and facets), so compare builds by it only where
 * both have the helper. Coarser than {@link QueryLatency} (one JVM, no fork), for finding what to
 * profile.
 */
final class GroupLatency {

    /**
     * The latency of one group of queries.
     *
     * @param group the group: a category, or a query's text
     * @param p50 median wall time, in milliseconds
     * @param p99 99th percentile of wall time, in milliseconds
     * @param cpuP50 median CPU time, in milliseconds
     * @param cpuP99 99th percentile of CPU time, in milliseconds
     * @param searches searches timed
     */
    record Row(String group, double p50, double p99, double cpuP50, double cpuP99, int searches) {
    }

    private GroupLatency() {
    }

    /**
     * Runs {@code warmUp} untimed rounds, then {@code rounds} timed ones, with snippets and facets,
     * and gives a row for each group of queries ({@code group} of each query), in the set's order.
     */
    static List<Row> run(FigureSearcher searcher, int warmUp, int rounds, Function<BenchQuery, String> group)
            throws IOException, QueryException {
        List<BenchQuery> queries = BenchQuery.all();
        SearchRequest[] requests = queries.stream().map(query -> query.request(true)).toArray(SearchRequest[]::new);
        for (int round = 0; round < warmUp; round++) {
            for (SearchRequest request : requests) {
                searcher.search(request);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < requests.length; i++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                searcher.search(requests[i]);
                String key = group.apply(queries.get(i));
                cpu.computeIfAbsent(key, k -> new ArrayList<>()).add(threads.getCurrentThreadCpuTime() - cpuStart);
                wall.computeIfAbsent(key, k -> new ArrayList<>()).add(System.nanoTime() - start);
            }
        }
        List<Row> rows = new ArrayList<>();
        wall.forEach((key, times) -> {
            long[] sorted = sorted(times);
            long[] cpuSorted = sorted(cpu.get(key));
            rows.add(new Row(key, percentile(sorted, 50), percentile(sorted, 99),
                    percentile(cpuSorted, 50), percentile(cpuSorted, 99), sorted.length));
        });
        return rows;
    }

    private static long[] sorted(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The {@code p}th percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
