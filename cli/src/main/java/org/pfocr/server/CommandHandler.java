package org.pfocr.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Serves {@code POST /cli}: a {@link CommandRequest} with the server's token in the
 * {@value #TOKEN_HEADER} header, run on the index's newest commit (as a new process would) and
 * answered with the command's standard output (200), or 409 when the launcher is to run it itself;
 * 403 without the token, 405 for another method.
 */
final class CommandHandler extends LoggedHandler {

    /** The header that carries the token. */
    static final String TOKEN_HEADER = "X-Pfocr-Token";
    /** The largest request read: a command line is a few hundred bytes. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final byte[] token;
    private final CommandRunner runner;
    private final BooleanSupplier newestCommit;

    /**
     * Runs commands through {@code runner} for the clients that send {@code token}, after
     * {@code newestCommit} has moved the searcher to the index's newest commit (false when it could not).
     */
    CommandHandler(String token, CommandRunner runner, BooleanSupplier newestCommit, ServerLog log, AtomicLong requests) {
        super(log, requests);
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.runner = runner;
        this.newestCommit = newestCommit;
    }

    @Override
    String allowed() {
        return "POST";
    }

    @Override
    Answer answer(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            throw HttpFailure.methodNotAllowed(exchange.getRequestMethod(), "POST");
        }
        String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.US_ASCII))) {
            throw HttpFailure.forbidden("commands need the token the server gave its launchers, in " + TOKEN_HEADER);
        }
        CommandRequest request = CommandRequest.parse(body(exchange, MAX_BODY_BYTES));
        if (!newestCommit.getAsBoolean()) {
            throw HttpFailure.conflict("the index's newest commit cannot be opened here: run the command in its own process");
        }
        byte[] output = runner.run(request).orElseThrow(() -> HttpFailure.conflict(
                "this command is not answered here (another index, not read-only, or it failed): run it in its own process"));
        return new Answer(200, "application/octet-stream", output);
    }
}
