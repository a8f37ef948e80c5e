package org.pfocr.server;

/** A request the server answers with an error status and a one-line message saying what to change. */
final class HttpFailure extends RuntimeException {

    private final int status;

    private HttpFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the request's parameters are wrong. */
    static HttpFailure badRequest(String message) {
        return new HttpFailure(400, message);
    }

    /** 404: no such endpoint or figure. */
    static HttpFailure notFound(String message) {
        return new HttpFailure(404, message);
    }

    /** 405: only GET is served. */
    static HttpFailure methodNotAllowed(String method) {
        return new HttpFailure(405, method + " is not served: the endpoints answer GET");
    }

    /** The HTTP status code. */
    int status() {
        return status;
    }
}
