package org.pfocr.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.pfocr.json.JsonOutput;
import org.pfocr.query.QueryException;
import org.pfocr.search.IndexUnavailableException;

/**
 * Serves one {@link Endpoint} under a path prefix: GET (and POST, with a body, where the endpoint
 * takes one), the answer as JSON, and every failure
 * as a status with a JSON body {@code {"status", "error"}} (a query's syntax error also gives
 * {@code kind}, {@code position} and {@code hint}).
 */
final class EndpointHandler implements HttpHandler {

    /** Whether the endpoint reads a path below its prefix ({@code /figures/FIGID}) or none ({@code /search}). */
    enum PathRest {
        NONE,
        REQUIRED
    }

    /** The largest POST body read: a gene list of a million symbols fits. */
    static final int MAX_BODY_BYTES = 16 << 20;

    private final String prefix;
    private final PathRest pathRest;
    private final boolean takesBody;
    private final Endpoint endpoint;
    private final ServerLog log;
    private final AtomicLong requests;

    /** {@code takesBody}: whether the endpoint also answers a POST, whose body it reads as text. */
    EndpointHandler(String prefix, PathRest pathRest, boolean takesBody, Endpoint endpoint, ServerLog log,
            AtomicLong requests) {
        this.prefix = prefix;
        this.pathRest = pathRest;
        this.takesBody = takesBody;
        this.endpoint = endpoint;
        this.log = log;
        this.requests = requests;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        requests.incrementAndGet();
        try (exchange) {
            int status = 200;
            Object body;
            try {
                body = answer(exchange);
            } catch (HttpFailure e) {
                status = e.status();
                body = error(status, e.getMessage());
            } catch (QueryException e) {
                status = 400;
                Map<String, Object> error = error(status, e.getMessage());
                error.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                error.put("position", e.position());
                error.put("hint", e.hint());
                body = error;
            } catch (IllegalArgumentException e) {
                status = 400;
                body = error(status, e.getMessage());
            } catch (IndexUnavailableException e) {
                status = 503;
                body = error(status, e.getMessage());
            } catch (IOException | RuntimeException e) {
                status = 500;
                log.internalError(exchange.getRequestMethod() + " " + exchange.getRequestURI(), e);
                body = error(status, "the server failed: " + e.getMessage());
            }
            if (status == 405) {
                exchange.getResponseHeaders().set("Allow", allowed());
            }
            byte[] json = JsonOutput.bytes(body);
            // Logged before it is sent, so that the line is there when the client has its answer.
            log.answered(exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), status, System.nanoTime() - start);
            send(exchange, status, json);
        }
    }

    private Object answer(HttpExchange exchange) throws IOException, QueryException {
        String method = exchange.getRequestMethod();
        boolean post = method.equals("POST") && takesBody;
        if (!method.equals("GET") && !post) {
            throw HttpFailure.methodNotAllowed(method, allowed());
        }
        RequestParameters request = RequestParameters.of(exchange.getRequestURI(), prefix, post ? body(exchange) : "");
        if (request.pathRest().isEmpty() != (pathRest == PathRest.NONE)) {
            throw HttpFailure.notFound("no endpoint " + exchange.getRequestURI().getPath()
                    + ": GET / lists them");
        }
        return endpoint.answer(request);
    }

    private String allowed() {
        return takesBody ? "GET, POST" : "GET";
    }

    private static String body(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw HttpFailure.tooLarge("the request's body is larger than " + (MAX_BODY_BYTES >> 20) + " MB");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> error(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("error", message);
        return error;
    }

    private static void send(HttpExchange exchange, int status, byte[] json) {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        } catch (IOException e) {
            // the client went away before the answer was sent: nothing to tell it
        }
    }
}
