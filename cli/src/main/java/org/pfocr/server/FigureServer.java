package org.pfocr.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pfocr.search.FigureSearcher;

/**
 * An HTTP server answering searches of one index with JSON: {@code /search}, {@code /figures/FIGID},
 * {@code /similar/FIGID}, {@code /enrich} (also POST, the gene list as the body), {@code /stats}
 * (documented in the README). It keeps the
 * index open and its code compiled between requests, so a search costs milliseconds where a new
 * {@code pfocr} process costs a JVM's start; it moves to a newer commit of the index within a refresh
 * interval of its appearing. Uses the JDK's own HTTP server; the searcher stays the caller's to close.
 */
public final class FigureServer implements AutoCloseable {

    /** The system property of the JDK's server that turns Nagle's algorithm off on its connections. */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // With Nagle's algorithm on (the JDK's default), the last piece of a response on a kept-alive
        // connection waits for the client's delayed acknowledgement: 40 ms a request instead of 5 at
        // 100k figures. The JDK reads the property once, when its first server starts; an embedding
        // program that started one before, or set the property itself, keeps what it has.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    /** Connections waiting to be accepted beyond those being served. */
    private static final int BACKLOG = 64;

    private final FigureSearcher searcher;
    private final FigureApi api;
    private final HttpServer http;
    private final ExecutorService workers;
    private final IndexRefresher refresher;
    private final ServerLog log;
    private final AtomicLong requests = new AtomicLong();

    private FigureServer(FigureSearcher searcher, InetSocketAddress address, int threads, Duration refreshInterval,
            ServerLog log) throws IOException {
        this.searcher = searcher;
        this.api = new FigureApi(searcher);
        this.log = log;
        http = HttpServer.create(address, BACKLOG);
        route("/search", EndpointHandler.PathRest.NONE, false, api::search, log);
        route("/figures/", EndpointHandler.PathRest.REQUIRED, false, api::figure, log);
        route("/similar/", EndpointHandler.PathRest.REQUIRED, false, api::similar, log);
        route("/enrich", EndpointHandler.PathRest.NONE, true, api::enrich, log);
        route("/stats", EndpointHandler.PathRest.NONE, false, api::stats, log);
        route("/", EndpointHandler.PathRest.NONE, false, api::home, log);
        AtomicInteger threadNumber = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "pfocr-http-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
        refresher = new IndexRefresher(searcher, refreshInterval, log);
        http.start();
    }

    /**
     * Starts serving {@code searcher} at {@code address} (port 0 picks a free one) with
     * {@code threads} request threads, looking for a newer commit every {@code refreshInterval}.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static FigureServer start(FigureSearcher searcher, InetSocketAddress address, int threads,
            Duration refreshInterval, ServerLog log) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("the server needs at least 1 thread, not " + threads);
        }
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("the refresh interval must be positive, not " + refreshInterval);
        }
        return new FigureServer(searcher, address, threads, refreshInterval, log);
    }

    private void route(String prefix, EndpointHandler.PathRest pathRest, boolean takesBody, Endpoint endpoint,
            ServerLog log) {
        http.createContext(prefix, new EndpointHandler(prefix, pathRest, takesBody, endpoint, log, requests));
    }

    /**
     * Searches the index through the endpoints for about {@code budget} (its most frequent genes, as
     * words and fielded, with facets and filters), so that the first requests find the code loaded
     * and compiled; calls {@code eachSearch} after each (for a progress line) and returns how many
     * searches ran. Requests arriving meanwhile are answered.
     */
    public int warmUp(Duration budget, Runnable eachSearch) throws IOException {
        return WarmUp.run(searcher, api, budget.toNanos(), eachSearch);
    }

    /**
     * Also runs {@code pfocr} command lines, through {@code runner} on the index's newest commit, for
     * the clients that send the returned token (32 random hexadecimal digits) in
     * {@value CommandHandler#TOKEN_HEADER}: {@code POST /cli} with a {@link CommandRequest}. Whoever
     * has the token can have the runner run commands as the server's user: give it only to that
     * user's launchers.
     */
    public String acceptCommands(CommandRunner runner) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        http.createContext("/cli", new CommandHandler(token, runner, refresher::refreshNow, log, requests));
        return token;
    }

    /** The address and port the server listens on. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:8642/}. */
    public URI uri() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Requests answered so far, failures included. */
    public long requests() {
        return requests.get();
    }

    /** Stops accepting requests, lets those running finish (for up to a second), and stops the threads. */
    @Override
    public void close() {
        refresher.close();
        http.stop(1);
        workers.shutdownNow();
    }
}
