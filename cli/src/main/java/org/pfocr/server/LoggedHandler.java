package org.pfocr.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.pfocr.json.JsonOutput;

/**
 * What every answer of the server needs, around what a subclass answers: the request counted, an
 * {@link HttpFailure} sent as its status with a JSON body {@code {"status", "error"}}, any other
 * failure as 500 (and reported on the server's log), a 405 with its {@code Allow} header, the request
 * logged, the answer sent.
 */
abstract class LoggedHandler implements HttpHandler {

    /** The content type of JSON answers. */
    static final String JSON = "application/json; charset=utf-8";

    /** An answer: its status, content type and body. */
    record Answer(int status, String type, byte[] body) {

        /** {@code value} written as JSON. */
        static Answer json(int status, Object value) {
            return new Answer(status, JSON, JsonOutput.bytes(value));
        }
    }

    private final ServerLog log;
    private final AtomicLong requests;

    /** Logs to {@code log} and counts in {@code requests}. */
    LoggedHandler(ServerLog log, AtomicLong requests) {
        this.log = log;
        this.requests = requests;
    }

    /** The answer to {@code exchange}. */
    abstract Answer answer(HttpExchange exchange) throws IOException;

    /** The methods answered, for a 405's {@code Allow} header. */
    abstract String allowed();

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        requests.incrementAndGet();
        try (exchange) {
            Answer answer;
            try {
                answer = answer(exchange);
            } catch (HttpFailure e) {
                answer = Answer.json(e.status(), error(e.status(), e.getMessage()));
            } catch (IOException | RuntimeException e) {
                log.internalError(exchange.getRequestMethod() + " " + exchange.getRequestURI(), e);
                answer = Answer.json(500, error(500, "the server failed: " + e.getMessage()));
            }
            if (answer.status() == 405) {
                exchange.getResponseHeaders().set("Allow", allowed());
            }
            // Logged before it is sent, so that the line is there when the client has its answer.
            log.answered(exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), answer.status(), System.nanoTime() - start);
            send(exchange, answer);
        }
    }

    /** The request's body, if at most {@code maxBytes} (a whole number of MB) long; 413 otherwise. */
    static byte[] body(HttpExchange exchange, int maxBytes) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw HttpFailure.tooLarge("the request's body is larger than " + (maxBytes >> 20) + " MB");
        }
        return body;
    }

    /** The JSON body of a failure: {@code {"status", "error"}}. */
    static Map<String, Object> error(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("error", message);
        return error;
    }

    private static void send(HttpExchange exchange, Answer answer) {
        exchange.getResponseHeaders().set("Content-Type", answer.type());
        try {
            // 0 would mean a body of unknown length; -1 is none.
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (IOException e) {
            // the client went away before the answer was sent: nothing to tell it
        }
    }
}
