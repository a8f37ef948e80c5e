package org.pfocr.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link QueryBenchmark} with JMH (one fork, warm-up dropped) and reads its latency percentiles. */
final class QueryLatency {

    /**
     * The latency of the whole query mix.
     *
     * @param facets whether searches counted facets
     * @param p50 median, in milliseconds
     * @param p95 95th percentile, in milliseconds
     * @param p99 99th percentile, in milliseconds
     * @param qps searches per second on one thread (the inverse of the mean)
     * @param samples searches timed
     */
    record Row(boolean facets, double p50, double p95, double p99, double qps, long samples) {
    }

    private QueryLatency() {
    }

    /** Measures the index at {@code index}; {@code quick} runs fewer, shorter iterations. */
    static List<Row> run(Path index, boolean quick) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(QueryBenchmark.class.getName() + ".search")
                .param("index", index.toAbsolutePath().toString())
                .warmupIterations(quick ? 2 : 4)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(2))
                .forks(1)
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        List<Row> rows = new ArrayList<>();
        for (RunResult result : new Runner(options).run()) {
            BenchmarkParams params = result.getParams();
            Statistics statistics = result.getPrimaryResult().getStatistics();
            rows.add(new Row(Boolean.parseBoolean(params.getParam("facets")),
                    statistics.getPercentile(50), statistics.getPercentile(95), statistics.getPercentile(99),
                    1000 / statistics.getMean(), statistics.getN()));
        }
        return rows;
    }
}
