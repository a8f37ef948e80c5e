package org.pfocr.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.document.SourceStamp;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.RecordException;
import org.pfocr.record.RecordParser;
import org.pfocr.source.RecordFile;
import org.pfocr.synonym.OrganismTable;

/**
 * Documents alone, warm, on one thread: the first records of a corpus parsed once, then round
 * after round their documents built and written by a new {@link IndexWriter} into memory with the
 * indexing buffer of {@code pfocr index} (one segment for the default 5,000 records), no merges,
 * and committed, each round timed in the thread's CPU time, the first rounds dropped. What a change to the documents, the analysis or the index format is compared by,
 * two builds' jars run in turn, without the disk, the JIT's first compilations and the other
 * thread that make a whole {@code pfocr index} vary by a tenth from run to run.
 */
final class WarmDocuments {

    /**
     * A run's figures.
     *
     * @param records documents written a round
     * @param bytes the bytes of the index a round writes (so that the work cannot be skipped)
     * @param medianMicros median CPU time a document, microseconds
     * @param minMicros the fastest round's CPU time a document, microseconds
     * @param rounds rounds timed
     */
    record Result(int records, long bytes, double medianMicros, double minMicros, int rounds) {
    }

    /** Rounds run before the timed ones, for the JIT. */
    private static final int WARM_UP = 4;

    /** The indexing buffer of {@code pfocr index}, so that a round flushes as indexing does. */
    private static final double RAM_BUFFER_MB = 128;

    private record Parsed(FigureRecord figure, SourceStamp stamp) {
    }

    private WarmDocuments() {
    }

    static Result run(List<Path> sources, int records, int rounds) throws IOException {
        List<Parsed> parsed = parse(sources, records);
        FigureDocumentBuilder builder = new FigureDocumentBuilder(OrganismTable.bundled());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] micros = new double[rounds];
        long bytes = 0;
        for (int round = -WARM_UP; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            bytes = writeAll(parsed, builder);
            if (round >= 0) {
                micros[round] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / Math.max(1, parsed.size());
            }
        }
        Arrays.sort(micros);
        return new Result(parsed.size(), bytes, micros[rounds / 2], micros[0], rounds);
    }

    private static List<Parsed> parse(List<Path> sources, int records) throws IOException {
        RecordParser parser = new RecordParser();
        List<Parsed> parsed = new ArrayList<>();
        for (RecordFile file : WarmParse.firstRecordFiles(sources, records)) {
            try {
                parsed.add(new Parsed(parser.parse(file, problem -> { }), SourceStamp.of(file)));
            } catch (RecordException e) {
                // Not indexed by pfocr index either.
            }
        }
        return parsed;
    }

    /** Writes every document into a new index in memory; returns the bytes it holds. */
    private static long writeAll(List<Parsed> parsed, FigureDocumentBuilder builder) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Parsed record : parsed) {
                    writer.addDocument(builder.build(record.figure(), record.stamp(), problem -> { }));
                }
                writer.commit();
            }
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        }
    }
}
