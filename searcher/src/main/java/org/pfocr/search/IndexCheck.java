package org.pfocr.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.pfocr.index.IndexMetadata;

/**
 * Verifies an index with Lucene's {@link CheckIndex}, read-only: every file's checksum, then the
 * postings, stored fields, doc values and points of every segment of the latest commit; then the
 * commit's synonym file (its checksum). Nothing is ever repaired (a damaged index is rebuilt from
 * its records instead).
 */
public final class IndexCheck {

    /**
     * One segment that failed its checks.
     *
     * @param segment the segment's name, e.g. {@code _0}
     * @param figures the figures it holds, which a damaged index cannot show
     * @param problem what Lucene found, on one line
     */
    public record BrokenSegment(String segment, int figures, String problem) {
    }

    /**
     * What the check found.
     *
     * @param commit the commit checked, e.g. {@code segments_2}; empty when none could be read
     * @param segments segments in the commit
     * @param figures figures in the commit, deleted ones excluded
     * @param deleted deleted figures still taking space (merges drop them)
     * @param broken the segments that failed, empty when the index is clean
     * @param commitProblem why no commit could be read, or why its synonym file failed its checks;
     *     {@code null} when neither
     * @param log Lucene's full report, for {@code --verbose}
     */
    public record Report(String commit, int segments, long figures, long deleted, List<BrokenSegment> broken,
            String commitProblem, String log) {

        public Report {
            broken = List.copyOf(broken);
        }

        /** Whether the index passed every check. */
        public boolean clean() {
            return broken.isEmpty() && commitProblem == null;
        }
    }

    private IndexCheck() {
    }

    /**
     * Checks the index in {@code indexDir}.
     *
     * @throws IndexUnavailableException when there is no index there
     * @throws IOException when an index run holds the index's lock (the message says to wait), or
     *     the folder cannot be read
     */
    public static Report run(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw FigureSearcher.missing(indexDir);
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw FigureSearcher.missing(indexDir);
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            CheckIndex.Status status;
            try (CheckIndex checker = new CheckIndex(directory);
                    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
                checker.setInfoStream(out);
                status = checker.checkIndex();
            } catch (LockObtainFailedException e) {
                throw new IOException("an index run holds its lock (" + IndexWriter.WRITE_LOCK_NAME
                        + "): check again once the run has finished", e);
            }
            Report report = report(status, log.toString(StandardCharsets.UTF_8));
            String synonymProblem = report.commitProblem() == null ? synonymProblem(directory, status.userData) : null;
            return synonymProblem == null ? report : new Report(report.commit(), report.segments(), report.figures(),
                    report.deleted(), report.broken(), synonymProblem, report.log());
        }
    }

    /** What is wrong with the synonym file the commit's user data names, or {@code null}. */
    private static String synonymProblem(Directory directory, Map<String, String> userData) throws IOException {
        if (userData == null || !IndexMetadata.isPfocrIndex(userData)) {
            return null;
        }
        try {
            IndexMetadata.read(directory, userData);
            return null;
        } catch (IOException e) {
            if (!IndexDamage.isDamage(e)) {
                throw e;
            }
            return "the commit's synonym file failed its checks: " + IndexDamage.describe(e);
        }
    }

    private static Report report(CheckIndex.Status status, String log) {
        if (status.missingSegments) {
            return new Report("", 0, 0, 0, List.of(),
                    "the latest commit cannot be read: " + firstError(log), log);
        }
        List<BrokenSegment> broken = new ArrayList<>();
        long figures = 0;
        long deleted = 0;
        for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
            int live = segment.liveDocStatus == null ? segment.maxDoc
                    : segment.maxDoc - segment.liveDocStatus.numDeleted;
            figures += live;
            deleted += segment.maxDoc - live;
            if (segment.error != null) {
                broken.add(new BrokenSegment(segment.name, live, IndexDamage.describe(segment.error)));
            }
        }
        String commitProblem = status.clean || !broken.isEmpty() ? null : "the commit failed its checks: " + firstError(log);
        return new Report(status.segmentsFileName, status.numSegments, figures, deleted, broken, commitProblem, log);
    }

    /** The last line of Lucene's report that names an error. */
    /** CheckIndex's own account of what it could not read: its first {@code ERROR:} line. */
    private static String firstError(String log) {
        for (String line : log.split("\\R")) {
            if (line.startsWith("ERROR: ")) {
                return line.substring("ERROR: ".length()).strip();
            }
        }
        return "see the report with --verbose";
    }
}
