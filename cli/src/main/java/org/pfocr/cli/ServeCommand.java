package org.pfocr.cli;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pfocr serve}: answers searches of the index over HTTP, with JSON, until stopped. */
@Command(name = "serve", description = "Answer searches of the index over HTTP with JSON, until stopped.",
        footer = {"", "Endpoints (GET): /search?q=QUERY, /figures/FIGID, /similar/FIGID,",
            "/enrich?genes=A,B,C (or POST the gene list) and /stats, each answering with",
            "the JSON its command prints with --format json (README: Serving over HTTP).",
            "",
            "While it runs, pfocr search, show, similar, stats and enrich of this index,",
            "typed by the same user, are answered by it, in milliseconds instead of a new",
            "JVM's start (PFOCR_NO_SERVER=1 runs them as before; README: Commands answered",
            "by a running server)."})
final class ServeCommand extends Subcommand {

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
                    + " network the machine is on: the server has no access control).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8642",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests answered at once (default: the machine's cores).")
    Integer threads;

    @Option(names = "--refresh", paramLabel = "TIME", defaultValue = "1s", converter = TimeLimit.class,
            description = "How often to look for a newer commit of the index (default: ${DEFAULT-VALUE}).")
    Duration refresh;

    @Option(names = "--no-warm-up",
            description = "Answer at once, without first searching the index for about 2 s so that the first requests find the code compiled.")
    boolean noWarmUp;

    @Option(names = "--log-requests",
            description = "Print a line for each request on standard error: time, client, method, URI, status, milliseconds.")
    boolean logRequests;

    @Override
    public Integer call() {
        ServeRun.run(this);
        return 0;
    }
}
