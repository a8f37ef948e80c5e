package org.pfocr.index;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pfocr.record.ProblemKind;

/**
 * The outcome of an indexing run.
 *
 * @param filesSeen record files found in the sources
 * @param figuresIndexed figures added or replaced by this run
 * @param figuresUnchanged figures whose files had not changed (updates only)
 * @param figuresRemoved figures removed because their files are gone (updates only)
 * @param figuresInIndex figures in the index after the run
 * @param problems problems found, by kind
 * @param synonymCounts synonym rules by source, as recorded in the index
 * @param elapsed wall time of the run
 */
public record IndexSummary(
        long filesSeen, long figuresIndexed, long figuresUnchanged, long figuresRemoved,
        long figuresInIndex, Map<ProblemKind, Long> problems, Map<String, Integer> synonymCounts,
        Duration elapsed) {

    public IndexSummary {
        Map<ProblemKind, Long> inKindOrder = new EnumMap<>(ProblemKind.class);
        inKindOrder.putAll(problems);
        problems = Collections.unmodifiableMap(inKindOrder);
        synonymCounts = Collections.unmodifiableMap(new LinkedHashMap<>(synonymCounts));
    }

    /** Figures indexed per second of wall time. */
    public double figuresPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? figuresIndexed / seconds : 0;
    }

    /** Problems of all kinds. */
    public long problemCount() {
        return problems.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Files that were not indexed because of a problem. */
    public long filesSkipped() {
        return problems.entrySet().stream().filter(e -> e.getKey().skipsRecord())
                .mapToLong(Map.Entry::getValue).sum();
    }
}
