package org.pfocr.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pfocr.record.RecordException;
import org.pfocr.record.RecordParser;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SourceWalker;

/**
 * The record parser alone, warm, on one thread: the first records of a corpus parsed round after
 * round (their files in the page cache after the first), the first rounds dropped, each round
 * timed in the thread's CPU time. What a change to parsing is compared by, two builds' jars run in
 * turn; {@link ParseOnly} is the floor under indexing, which also walks, stamps and reads the files.
 */
final class WarmParse {

    /**
     * A run's figures.
     *
     * @param records records parsed a round
     * @param mentions mentions parsed a round (so that the parsing cannot be skipped)
     * @param medianMicros median CPU time a record, microseconds
     * @param minMicros the fastest round's CPU time a record, microseconds
     * @param rounds rounds timed
     */
    record Result(int records, long mentions, double medianMicros, double minMicros, int rounds) {
    }

    /** Rounds run before the timed ones, for the JIT. */
    private static final int WARM_UP = 4;

    private WarmParse() {
    }

    static Result run(List<Path> sources, int records, int rounds) {
        List<RecordFile> files = firstRecordFiles(sources, records);
        RecordParser parser = new RecordParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] micros = new double[rounds];
        long mentions = 0;
        for (int round = -WARM_UP; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            mentions = 0;
            for (RecordFile file : files) {
                try {
                    mentions += parser.parse(file, problem -> { }).genes().size();
                } catch (RecordException e) {
                    // A record refused has been parsed too: its time counts.
                }
            }
            if (round >= 0) {
                micros[round] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / Math.max(1, files.size());
            }
        }
        Arrays.sort(micros);
        return new Result(files.size(), mentions, micros[rounds / 2], micros[0], rounds);
    }

    /** The first {@code records} record files the walk finds in {@code sources}. */
    static List<RecordFile> firstRecordFiles(List<Path> sources, int records) {
        List<RecordFile> files = new ArrayList<>();
        SourceWalker.walk(sources, file -> {
            if (files.size() < records) {
                files.add(file);
            }
        }, problem -> { });
        return files;
    }
}
