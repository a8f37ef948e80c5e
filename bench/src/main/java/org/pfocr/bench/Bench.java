package org.pfocr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;
import org.pfocr.query.QueryException;
import org.pfocr.search.FigureSearcher;

/**
 * The benchmark commands {@code bench/run.sh} runs; results are {@code key: value} lines on
 * standard output.
 *
 * <ul>
 *   <li>{@code parse [--threads N] SOURCE...}: the parse-only floor under indexing ({@link ParseOnly}).</li>
 *   <li>{@code records [--records N] [--rounds R] SOURCE...}: the record parser alone, warm, on one
 *       thread, over the first N records (default 10,000), R timed rounds (default 12) ({@link WarmParse}).</li>
 *   <li>{@code documents [--records N] [--rounds R] SOURCE...}: documents built and written into memory
 *       alone, warm, on one thread, the first N records (default 5,000) parsed once ({@link WarmDocuments}).</li>
 *   <li>{@code queries [--quick] [--results FILE] INDEX}: in-process latency of the fixed query set, with
 *       JMH ({@link QueryLatency}) and by category ({@link GroupLatency}); results are checked
 *       before and after ({@link ResultDigests}), and against {@code FILE} when it exists (else saved there).</li>
 *   <li>{@code slowest [--count N] INDEX}: the N queries of the set (default 10) with the highest median
 *       latency, with snippets and facets, 30 rounds of warm-up and 21 timed ({@link GroupLatency}).</li>
 *   <li>{@code enrich [--quick] INDEX}: latency of enriching 100-gene lists ({@link EnrichLatency}).</li>
 *   <li>{@code results FILE INDEX}: only the result check: saves the digests to {@code FILE}, or
 *       compares with it when it exists.</li>
 *   <li>{@code profile RECORDING.jfr MARKER...}: CPU samples by stage ({@link ProfileBreakdown}).</li>
 * </ul>
 */
public final class Bench {

    private Bench() {
    }

    /** Runs one command; exits with 2 on a usage error, 3 when results differ. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        switch (args[0]) {
            case "parse" -> parse(rest);
            case "records" -> records(rest);
            case "documents" -> documents(rest);
            case "queries" -> queries(rest);
            case "slowest" -> slowest(rest);
            case "latency" -> latency(rest);
            case "enrich" -> enrich(rest);
            case "results" -> results(rest);
            case "profile" -> profile(rest);
            default -> usage();
        }
    }

    private static void parse(List<String> args) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        if (args.size() >= 2 && args.getFirst().equals("--threads")) {
            threads = Integer.parseInt(args.get(1));
            args = args.subList(2, args.size());
        }
        if (args.isEmpty()) {
            usage();
        }
        ParseOnly.Result result = ParseOnly.run(args.stream().map(Path::of).toList(), threads);
        System.out.println("files: " + result.files());
        System.out.println("figures: " + result.figures());
        System.out.println("mentions: " + result.mentions());
        System.out.println("problems: " + result.problems());
        System.out.printf("seconds: %.3f%n", result.nanos() / 1e9);
    }

    private static void records(List<String> args) {
        Rounds options = Rounds.parse(args, 10_000);
        WarmParse.Result result = WarmParse.run(options.sources(), options.records(), options.rounds());
        System.out.printf("records: %d a round, %d gene mentions%n", result.records(), result.mentions());
        System.out.printf("parse: median %.1f us a record, fastest round %.1f us (CPU time, %d rounds timed)%n",
                result.medianMicros(), result.minMicros(), result.rounds());
    }

    private static void documents(List<String> args) throws IOException {
        Rounds options = Rounds.parse(args, 5_000);
        WarmDocuments.Result result = WarmDocuments.run(options.sources(), options.records(), options.rounds());
        System.out.printf("documents: %d a round, %,d index bytes%n", result.records(), result.bytes());
        System.out.printf("index: median %.1f us a document, fastest round %.1f us (CPU time, %d rounds timed)%n",
                result.medianMicros(), result.minMicros(), result.rounds());
    }

    /** The options of the warm, one-thread commands: {@code [--records N] [--rounds R] SOURCE...}. */
    private record Rounds(int records, int rounds, List<Path> sources) {
        static Rounds parse(List<String> args, int defaultRecords) {
            int records = defaultRecords;
            int rounds = 12;
            while (args.size() >= 3 && args.getFirst().startsWith("--")) {
                int value = Integer.parseInt(args.get(1));
                switch (args.getFirst()) {
                    case "--records" -> records = value;
                    case "--rounds" -> rounds = value;
                    default -> usage();
                }
                args = args.subList(2, args.size());
            }
            if (args.isEmpty() || records < 1 || rounds < 1) {
                usage();
            }
            return new Rounds(records, rounds, args.stream().map(Path::of).toList());
        }
    }

    private static void queries(List<String> args) throws IOException, QueryException, RunnerException {
        boolean quick = args.remove("--quick");
        Path resultsFile = null;
        int results = args.indexOf("--results");
        if (results >= 0 && results + 1 < args.size()) {
            resultsFile = Path.of(args.remove(results + 1));
            args.remove(results);
        }
        if (args.size() != 1) {
            usage();
        }
        Path index = Path.of(args.getFirst());
        Map<String, String> before;
        try (FigureSearcher searcher = FigureSearcher.open(index)) {
            before = ResultDigests.take(searcher);
            for (GroupLatency.Row row : GroupLatency.run(searcher, quick ? 10 : 30, quick ? 10 : 30, BenchQuery::category)) {
                print("category " + row.group(), row);
            }
        }
        for (QueryLatency.Row row : QueryLatency.run(index, quick)) {
            String label = row.facets() ? "snippets+facets" : "snippets";
            System.out.printf("latency %s: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, %.0f QPS (%d searches)%n",
                    label, row.p50(), row.p95(), row.p99(), row.qps(), row.samples());
        }
        try (FigureSearcher searcher = FigureSearcher.open(index)) {
            checkResults(before, ResultDigests.take(searcher), resultsFile);
        }
    }

    private static void slowest(List<String> args) throws IOException, QueryException {
        int count = 10;
        if (args.size() == 3 && args.getFirst().equals("--count")) {
            count = Integer.parseInt(args.get(1));
            args = args.subList(2, 3);
        }
        if (args.size() != 1 || count < 1) {
            usage();
        }
        try (FigureSearcher searcher = FigureSearcher.open(Path.of(args.getFirst()))) {
            GroupLatency.run(searcher, 30, 21, BenchQuery::text).stream()
                    .sorted(Comparator.comparingDouble(GroupLatency.Row::p50).reversed())
                    .limit(count)
                    .forEach(row -> print("query " + row.group(), row));
        }
    }

    /**
     * The latency of all the queries together, as one group (20 rounds of warm-up, 15 timed): what
     * two builds are compared by, run alternately on the same index.
     */
    private static void latency(List<String> args) throws IOException, QueryException {
        if (args.size() != 1) {
            usage();
        }
        try (FigureSearcher searcher = FigureSearcher.open(Path.of(args.getFirst()))) {
            print("all queries", GroupLatency.run(searcher, 20, 15, query -> "all").getFirst());
        }
    }

    private static void print(String label, GroupLatency.Row row) {
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, CPU p50 %.2f ms, CPU p99 %.2f ms (%d searches)%n",
                label, row.p50(), row.p99(), row.cpuP50(), row.cpuP99(), row.searches());
    }

    private static void enrich(List<String> args) throws IOException, QueryException {
        boolean quick = args.remove("--quick");
        if (args.size() != 1) {
            usage();
        }
        for (EnrichLatency.Row row : EnrichLatency.run(Path.of(args.getFirst()), 100, quick ? 2 : 5, quick ? 3 : 10)) {
            System.out.printf("enrich %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d enrichments, %d figures tested)%n",
                    row.label(), row.p50(), row.p95(), row.p99(), row.enrichments(), row.tested());
        }
    }

    private static void results(List<String> args) throws IOException, QueryException {
        if (args.size() != 2) {
            usage();
        }
        try (FigureSearcher searcher = FigureSearcher.open(Path.of(args.get(1)))) {
            Map<String, String> digests = ResultDigests.take(searcher);
            checkResults(digests, digests, Path.of(args.getFirst()));
        }
    }

    private static void checkResults(Map<String, String> before, Map<String, String> after, Path saved)
            throws IOException {
        List<String> differences = ResultDigests.differences(before, after);
        String against = "";
        if (saved != null && Files.exists(saved)) {
            differences.addAll(ResultDigests.differences(ResultDigests.load(saved), after));
            against = " and to " + saved;
        } else if (saved != null) {
            ResultDigests.save(after, saved);
            against = " (saved to " + saved + ")";
        }
        long total = after.values().stream().mapToLong(ResultDigests::total).sum();
        if (!differences.isEmpty()) {
            System.out.println("results: DIFFERENT " + String.join("; ", differences));
            System.exit(3);
        }
        System.out.println("results: identical between runs" + against + ", " + after.size() + " queries, "
                + total + " hits");
    }

    private static void profile(List<String> args) throws IOException {
        if (args.size() < 2) {
            usage();
        }
        Map<String, Long> counts = ProfileBreakdown.count(Path.of(args.getFirst()), args.subList(1, args.size()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("samples: " + total);
        counts.forEach((stage, samples) -> System.out.printf("%5.1f%% %s%n", 100.0 * samples / Math.max(1, total), stage));
    }

    private static void usage() {
        System.err.println("usage: Bench parse [--threads N] SOURCE... | records [--records N] [--rounds R] SOURCE..."
                + " | documents [--records N] [--rounds R] SOURCE... | queries [--quick] [--results FILE] INDEX"
                + " | slowest [--count N] INDEX | latency INDEX | enrich [--quick] INDEX"
                + " | results FILE INDEX"
                + " | profile RECORDING.jfr MARKER...");
        System.exit(2);
    }
}
