package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.pfocr.search.IndexCheck;

/** Runs {@code pfocr check}: a short report on standard output, exit 1 with the rebuild advice when damaged. */
final class CheckRun {

    private CheckRun() {
    }

    static void run(CheckCommand command) {
        Path indexDir = command.indexDirectory();
        IndexCheck.Report report;
        try {
            report = IndexCheck.run(indexDir);
        } catch (IOException e) {
            throw IndexAccess.failure("checking", indexDir, e);
        }
        PrintWriter out = command.out();
        Style style = command.style();
        StatsRun.row(out, style, "index", indexDir.toString());
        StatsRun.row(out, style, "commit", report.commit().isEmpty() ? "-" : report.commit());
        StatsRun.row(out, style, "segments", report.commit().isEmpty() ? "-" : String.format("%d, %,d figures (%,d deleted)",
                report.segments(), report.figures(), report.deleted()));
        for (IndexCheck.BrokenSegment broken : report.broken()) {
            StatsRun.row(out, style, "damaged", String.format("segment %s (%,d figures): %s",
                    broken.segment(), broken.figures(), broken.problem()));
        }
        if (report.commitProblem() != null) {
            StatsRun.row(out, style, "damaged", report.commitProblem());
        }
        StatsRun.row(out, style, "result", report.clean()
                ? "clean: every checksum and every segment's postings, stored fields, doc values and points verified"
                : "damaged");
        out.flush();
        if (command.verbose()) {
            command.err().print(report.log());
            command.err().flush();
        }
        if (!report.clean()) {
            throw new CliFailure("the index at " + indexDir + " is damaged (" + summary(report) + "): rebuild it with"
                    + " 'pfocr index --index " + indexDir + " SOURCE...'");
        }
    }

    private static String summary(IndexCheck.Report report) {
        if (report.broken().isEmpty()) {
            return report.commitProblem() == null ? "see above" : "its commit or its synonym file cannot be read";
        }
        long figures = report.broken().stream().mapToLong(IndexCheck.BrokenSegment::figures).sum();
        return String.format("%d of %d segments, %,d figures", report.broken().size(), report.segments(), figures);
    }
}
