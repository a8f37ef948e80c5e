package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The lines {@code pfocr serve} writes for its operator. */
class ServeLogTest {

    private static List<String> lines(boolean logRequests, boolean verbose, Consumer<ServeLog> events) {
        StringWriter text = new StringWriter();
        events.accept(new ServeLog(new PrintWriter(text), logRequests, verbose));
        return text.toString().lines().toList();
    }

    @Test
    void requestsAreLoggedOnlyWhenAskedOneLineEach() {
        List<String> logged = lines(true, false, log -> log.answered("127.0.0.1", "GET", "/search?q=STAT3", 200, 4_560_000));
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z 127\\.0\\.0\\.1 GET /search\\?q=STAT3 200 4\\.6 ms"), logged.get(0));

        assertEquals(List.of(), lines(false, false, log -> log.answered("127.0.0.1", "GET", "/stats", 200, 1)));
    }

    @Test
    void anInternalErrorIsOneLineWithoutVerboseAndAStackTraceWithIt() {
        IOException failure = new IOException("disk on fire");
        List<String> quiet = lines(false, false, log -> log.internalError("GET /stats", failure));
        assertEquals(List.of("pfocr: error: GET /stats failed: java.io.IOException: disk on fire (run with --verbose for the stack trace)"), quiet);

        List<String> verbose = lines(false, true, log -> log.internalError("GET /stats", failure));
        assertEquals("pfocr: error: GET /stats failed: java.io.IOException: disk on fire", verbose.get(0));
        assertTrue(verbose.size() > 2 && verbose.get(2).strip().startsWith("at "), verbose.toString());
    }

    @Test
    void notesArePrefixed() {
        assertEquals(List.of("pfocr: the index changed: now serving 75 figures"),
                lines(false, false, log -> log.note("the index changed: now serving 75 figures")));
    }
}
