package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.pfocr.record.FileErrors;
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
        ServerAnnouncement announcement = announce(server, searcher, command);
        err.printf("pfocr: serving %s (%,d figures) at %s with %d %s%s%s; stop with Ctrl-C%n", command.indexDirectory(),
                figures, server.uri(), threads, threads == 1 ? "thread" : "threads", warmedUp,
                announcement == null ? "" : "; answers this user's pfocr search, show, similar, stats and enrich of it");
        err.flush();
        awaitStop(server, searcher, announcement, err);
    }

    /**
     * Lets the launchers of this user hand their read-only commands of this index to the server
     * ({@link ServedCommands}, {@link ServerAnnouncement}), when the launcher named a runtime folder;
     * {@code null} when it did not, or with a note on standard error when that failed.
     */
    private static ServerAnnouncement announce(FigureServer server, FigureSearcher searcher, ServeCommand command) {
        String folder = System.getProperty(ServerAnnouncement.PROPERTY);
        String home = System.getProperty("pfocr.home");
        if (folder == null || home == null) {
            return null;
        }
        try {
            String token = server.acceptCommands(new ServedCommands(searcher, command.indexDirectory(), System.getenv()));
            return ServerAnnouncement.publish(Path.of(folder), server.address(), token, Path.of(home));
        } catch (IOException | IllegalArgumentException e) {
            command.err().println("pfocr: note: pfocr commands will run in their own processes, not here: "
                    + (e instanceof IOException io ? FileErrors.reason(io) : e.getMessage()));
            return null;
        }
    }

    /**
     * Blocks until the JVM is asked to stop; its shutdown hook withdraws the announcement, closes
     * the server, then the index.
     */
    private static void awaitStop(FigureServer server, FigureSearcher searcher, ServerAnnouncement announcement,
            PrintWriter err) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (announcement != null) {
                try {
                    announcement.close();
                } catch (IOException e) {
                    err.println("pfocr: warning: cannot remove " + announcement.file() + ": " + FileErrors.reason(e));
                }
            }
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
