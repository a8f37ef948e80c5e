package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.FileAccess;
import org.pfocr.server.FigureServer;

/**
 * Runs {@code pfocr serve}: opens the index (memory-mapped, as a long-running searcher should),
 * starts the {@link FigureServer}, says where it answers, and serves until the process is stopped
 * (Ctrl-C or a TERM signal), then closes the server and the index and says how many requests it answered.
 */
final class ServeRun {

    /** How long a new server searches its index before it says it is serving. */
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private ServeRun() {
    }

    static void run(ServeCommand command) {
        if (command.port < 0 || command.port > 65_535) {
            throw CliFailure.usage("--port takes 0 to 65535, not " + command.port, null);
        }
        int threads = command.threads == null ? Runtime.getRuntime().availableProcessors() : command.threads;
        if (threads < 1) {
            throw CliFailure.usage("--threads must be at least 1, not " + threads, null);
        }
        InetSocketAddress address = new InetSocketAddress(command.host, command.port);
        if (address.isUnresolved()) {
            throw CliFailure.usage("--host " + command.host + " is not an address of this machine: use 127.0.0.1,"
                    + " 0.0.0.0 or one of its names", null);
        }
        PrintWriter err = command.err();
        FigureSearcher searcher = IndexAccess.open(command.indexDirectory(), command.defaultIndex(), err, FileAccess.MAPPED);
        FigureServer server = null;
        long figures;
        String warmedUp = "";
        try {
            figures = searcher.stats().figures();
            server = FigureServer.start(searcher, address, threads, command.refresh,
                    new ServeLog(err, command.logRequests, command.verbose()));
            if (!command.noWarmUp) {
                Progress progress = Progress.start(err, "warming up", -1);
                int searches = server.warmUp(WARM_UP, () -> progress.advance(1));
                progress.finish();
                warmedUp = String.format(" (warmed up by %,d searches in %.1f s)", searches, progress.elapsed().toNanos() / 1e9);
            }
        } catch (BindException e) {
            closeQuietly(searcher);
            throw new CliFailure("cannot listen on " + command.host + ":" + command.port + " (" + e.getMessage()
                    + "): another server may have it; choose another with --port", e);
        } catch (IOException e) {
            if (server != null) {
                server.close();
            }
            closeQuietly(searcher);
            throw IndexAccess.failure("serving", command.indexDirectory(), e);
        }
        err.printf("pfocr: serving %s (%,d figures) at %s with %d %s%s; stop with Ctrl-C%n", command.indexDirectory(),
                figures, server.uri(), threads, threads == 1 ? "thread" : "threads", warmedUp);
        err.flush();
        awaitStop(server, searcher, err);
    }

    /** Blocks until the JVM is asked to stop; its shutdown hook closes the server, then the index. */
    private static void awaitStop(FigureServer server, FigureSearcher searcher, PrintWriter err) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(searcher);
            err.printf("pfocr: stopped after %,d %s%n", server.requests(), server.requests() == 1 ? "request" : "requests");
            err.flush();
            stopped.countDown();
        }, "pfocr-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(FigureSearcher searcher) {
        try {
            searcher.close();
        } catch (IOException e) {
            // the process is ending; nothing was written
        }
    }
}
