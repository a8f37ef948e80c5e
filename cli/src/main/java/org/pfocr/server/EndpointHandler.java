package org.pfocr.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.pfocr.query.QueryException;
import org.pfocr.search.IndexUnavailableException;

/**
 * Serves one {@link Endpoint} under a path prefix: GET (and POST, with a body, where the endpoint
 * takes one), the answer as JSON, and every failure
 * as a status with a JSON body {@code {"status", "error"}} (a query's syntax error also gives
 * {@code kind}, {@code position} and {@code hint}).
 */
final class EndpointHandler extends LoggedHandler {

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

    /** {@code takesBody}: whether the endpoint also answers a POST, whose body it reads as text. */
    EndpointHandler(String prefix, PathRest pathRest, boolean takesBody, Endpoint endpoint, ServerLog log,
            AtomicLong requests) {
        super(log, requests);
        this.prefix = prefix;
        this.pathRest = pathRest;
        this.takesBody = takesBody;
        this.endpoint = endpoint;
    }

    @Override
    Answer answer(HttpExchange exchange) throws IOException {
        try {
            return Answer.json(200, endpointAnswer(exchange));
        } catch (QueryException e) {
            Map<String, Object> error = error(400, e.getMessage());
            error.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            error.put("position", e.position());
            error.put("hint", e.hint());
            return Answer.json(400, error);
        } catch (IllegalArgumentException e) {
            return Answer.json(400, error(400, e.getMessage()));
        } catch (IndexUnavailableException e) {
            return Answer.json(503, error(503, e.getMessage()));
        }
    }

    private Object endpointAnswer(HttpExchange exchange) throws IOException, QueryException {
        String method = exchange.getRequestMethod();
        boolean post = method.equals("POST") && takesBody;
        if (!method.equals("GET") && !post) {
            throw HttpFailure.methodNotAllowed(method, allowed());
        }
        RequestParameters request = RequestParameters.of(exchange.getRequestURI(), prefix,
                post ? new String(body(exchange, MAX_BODY_BYTES), StandardCharsets.UTF_8) : "");
        if (request.pathRest().isEmpty() != (pathRest == PathRest.NONE)) {
            throw HttpFailure.notFound("no endpoint " + exchange.getRequestURI().getPath()
                    + ": GET / lists them");
        }
        return endpoint.answer(request);
    }

    @Override
    String allowed() {
        return takesBody ? "GET, POST" : "GET";
    }
}
