package org.pfocr.server;

/** What a running server tells its operator: one line per event. */
public interface ServerLog {

    /** Something worth a line: the index changed, a refresh failed. */
    void note(String line);

    /**
     * A request answered, just before its answer is sent: who asked, the method and URI as sent, the
     * status and how long making the answer took; ignored unless the operator asked for a request log.
     */
    default void answered(String client, String method, String uri, int status, long nanos) {
    }

    /** A request failed inside the server (a bug, or the index unreadable): {@code request} is its method and URI. */
    void internalError(String request, Throwable error);
}
