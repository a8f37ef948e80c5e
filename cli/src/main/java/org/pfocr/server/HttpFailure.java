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

    /** 403: the request lacks what the endpoint asks of its clients (the command endpoint's token). */
    static HttpFailure forbidden(String message) {
        return new HttpFailure(403, message);
    }

    /** 404: no such endpoint or figure. */
    static HttpFailure notFound(String message) {
        return new HttpFailure(404, message);
    }

    /** 405: the endpoint answers only {@code allowed} (e.g. {@code GET}). */
    static HttpFailure methodNotAllowed(String method, String allowed) {
        return new HttpFailure(405, method + " is not served here: this endpoint answers " + allowed);
    }

    /** 409: the server will not do what is asked, which the client is to do itself. */
    static HttpFailure conflict(String message) {
        return new HttpFailure(409, message);
    }

    /** 413: the request's body is larger than the server reads. */
    static HttpFailure tooLarge(String message) {
        return new HttpFailure(413, message);
    }

    /** The HTTP status code. */
    int status() {
        return status;
    }
}
