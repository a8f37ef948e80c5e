package org.pfocr.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.pfocr.document.SourceStamp;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.RecordException;
import org.pfocr.record.RecordParser;
import org.pfocr.source.SourceWalker;

/**
 * The floor under indexing: walks, stamps and parses a corpus as {@code pfocr index} does, on as
 * many threads, the walking one among them, but builds no document and writes no index. Indexing
 * time over this time is what Lucene (analysis, inversion, flushing, merging) and the synonym map
 * cost.
 */
final class ParseOnly {

    /**
     * What a run read.
     *
     * @param files record files found
     * @param figures records parsed
     * @param mentions gene, chemical and disease mentions parsed (so the parsing cannot be skipped)
     * @param problems problems of every kind
     * @param nanos wall time
     */
    record Result(long files, long figures, long mentions, long problems, long nanos) {
    }

    private ParseOnly() {
    }

    static Result run(List<Path> sources, int threads) throws InterruptedException {
        long start = System.nanoTime();
        RecordParser parser = new RecordParser();
        LongAdder files = new LongAdder();
        LongAdder figures = new LongAdder();
        LongAdder mentions = new LongAdder();
        LongAdder problems = new LongAdder();
        // The walking thread is one of the threads, as in pfocr index: it parses when the queue is full.
        ThreadPoolExecutor helpers = threads == 1 ? null : new ThreadPoolExecutor(threads - 1, threads - 1, 0,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 8), new ThreadPoolExecutor.CallerRunsPolicy());
        Executor executor = helpers == null ? Runnable::run : helpers;
        SourceWalker.walk(sources, file -> {
            files.increment();
            executor.execute(() -> {
                try {
                    SourceStamp.of(file);
                    FigureRecord record = parser.parse(file, problem -> problems.increment());
                    figures.increment();
                    mentions.add(record.genes().size() + record.chemicals().size() + record.diseases().size());
                } catch (RecordException | IOException e) {
                    problems.increment();
                }
            });
        }, problem -> problems.increment());
        if (helpers != null) {
            helpers.shutdown();
            helpers.awaitTermination(1, TimeUnit.DAYS);
        }
        return new Result(files.sum(), figures.sum(), mentions.sum(), problems.sum(), System.nanoTime() - start);
    }
}
