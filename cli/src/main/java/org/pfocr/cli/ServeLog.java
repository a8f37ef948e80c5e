package org.pfocr.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.pfocr.server.ServerLog;

/**
 * What {@code pfocr serve} tells its operator on standard error, a line at a time: notes, failures
 * inside the server (with the stack trace under {@code --verbose}) and, with {@code --log-requests},
 * one line per request.
 */
final class ServeLog implements ServerLog {

    private final PrintWriter err;
    private final boolean logRequests;
    private final boolean verbose;

    ServeLog(PrintWriter err, boolean logRequests, boolean verbose) {
        this.err = err;
        this.logRequests = logRequests;
        this.verbose = verbose;
    }

    @Override
    public void note(String line) {
        print("pfocr: " + line, null);
    }

    @Override
    public void answered(String client, String method, String uri, int status, long nanos) {
        if (logRequests) {
            print(String.format("%s %s %s %s %d %.1f ms", Instant.now().truncatedTo(ChronoUnit.MILLIS), client, method, uri, status, nanos / 1e6), null);
        }
    }

    @Override
    public void internalError(String request, Throwable error) {
        print("pfocr: error: " + request + " failed: " + error + (verbose ? "" : " (run with --verbose for the stack trace)"),
                verbose ? error : null);
    }

    private synchronized void print(String line, Throwable stackTrace) {
        err.println(line);
        if (stackTrace != null) {
            stackTrace.printStackTrace(err);
        }
        err.flush();
    }
}
