package org.pfocr.search;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.index.IndexSummary;

/**
 * A separate indexer process for {@link InterruptedIndexingTest} to kill: {@code INDEX rebuild|update
 * SYNONYMS [SOURCE...]}. Prints {@code progress N} lines (record files seen) as it goes and
 * {@code committed N} (figures in the index) when done. {@code SYNONYMS} is a Solr synonym file;
 * its rules are analysed after the segments are written and before the commit, so a large one keeps
 * that window open long enough for the test to kill the process in it.
 */
public final class IndexerProcess {

    /** A progress line is printed every this many record files. */
    static final long EVERY = 25;

    private IndexerProcess() {
    }

    /** Indexes as {@code args} say: {@code INDEX rebuild|update SYNONYMS [SOURCE...]}. */
    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        boolean update = args[1].equals("update");
        Path synonyms = Path.of(args[2]);
        List<Path> sources = List.of(args).subList(3, args.length).stream().map(Path::of).toList();
        AtomicLong printed = new AtomicLong();
        IndexListener progress = new IndexListener() {
            @Override
            public void progress(long filesSeen, long figuresIndexed) {
                long last = printed.get();
                if (filesSeen >= last + EVERY && printed.compareAndSet(last, filesSeen)) {
                    System.out.println("progress " + filesSeen);
                    System.out.flush();
                }
            }
        };
        IndexSummary summary = new FigureIndexer(
                IndexOptions.rebuild(indexDir, sources).withUpdate(update).withSynonyms(null, List.of(synonyms)), progress).run();
        System.out.println("committed " + summary.figuresInIndex());
    }
}
