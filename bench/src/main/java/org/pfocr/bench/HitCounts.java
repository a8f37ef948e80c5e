package org.pfocr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pfocr.query.QueryException;
import org.pfocr.search.FigureSearcher;

/**
 * The hit count of every benchmark query, to check that runs (and optimisations) return the same
 * results: counted before and after the timed runs, and against the counts a previous run saved.
 */
final class HitCounts {

    private HitCounts() {
    }

    /** Query text to total hits, in the order of the set. */
    static Map<String, Long> count(FigureSearcher searcher) throws IOException, QueryException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BenchQuery query : BenchQuery.all()) {
            counts.put(query.text(), searcher.search(query.request(true)).total());
        }
        return counts;
    }

    /** The queries whose counts differ between {@code expected} and {@code actual}, as readable lines. */
    static List<String> differences(Map<String, Long> expected, Map<String, Long> actual) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Long> entry : actual.entrySet()) {
            Long before = expected.get(entry.getKey());
            if (before != null && !before.equals(entry.getValue())) {
                differences.add(entry.getKey() + ": " + before + " then " + entry.getValue());
            }
        }
        return differences;
    }

    /** Saves counts as {@code query TAB hits} lines. */
    static void save(Map<String, Long> counts, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        counts.forEach((query, hits) -> text.append(query).append('\t').append(hits).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Counts saved by {@link #save}. */
    static Map<String, Long> load(Path file) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
        }
        return counts;
    }
}
