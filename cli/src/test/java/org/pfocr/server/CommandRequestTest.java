package org.pfocr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The body of {@code POST /cli} as the launcher writes it: NUL-ended strings, read back whole, or a 400 saying what is wrong. */
class CommandRequestTest {

    private static byte[] body(String... strings) {
        StringBuilder body = new StringBuilder();
        for (String string : strings) {
            body.append(string).append('\0');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsArgumentsInOrderWithTheCallersDirectoryEnvironmentAndTerminals() {
        CommandRequest request = CommandRequest.parse(body(CommandRequest.VERSION, "cwd", "/home/ana/work",
                "env", "PFOCR_INDEX=idx", "env", "NO_COLOR=", "tty", "stdout", "arg", "search", "arg", "NF-κB",
                "arg", "", "arg", "a=b c"));

        assertEquals(List.of("search", "NF-κB", "", "a=b c"), request.arguments());
        assertEquals(Path.of("/home/ana/work"), request.workingDirectory());
        assertEquals(Map.of("PFOCR_INDEX", "idx", "NO_COLOR", ""), request.environment());
        assertEquals(Set.of("stdout"), request.terminals());
    }

    @Test
    void malformedRequestsAreBadRequestsNamingTheirFault() {
        assertMessage("strings each ended by a NUL", (CommandRequest.VERSION + "\0cwd\0/x").getBytes(StandardCharsets.UTF_8));
        assertMessage("starts with pfocr-command/1", body("pfocr-command/2", "cwd", "/x"));
        assertMessage("pairs of a key and a value", body(CommandRequest.VERSION, "cwd", "/x", "arg"));
        assertMessage("needs its working directory", body(CommandRequest.VERSION, "arg", "search"));
        assertMessage("'cwd' takes an absolute path, not 'work'", body(CommandRequest.VERSION, "cwd", "work"));
        assertMessage("'env' takes NAME=value", body(CommandRequest.VERSION, "cwd", "/x", "env", "=x"));
        assertMessage("'tty' takes stdin or stdout, not 'stderr'", body(CommandRequest.VERSION, "cwd", "/x", "tty", "stderr"));
        assertMessage("unknown key 'argv'", body(CommandRequest.VERSION, "cwd", "/x", "argv", "search"));
    }

    private static void assertMessage(String expected, byte[] body) {
        HttpFailure failure = assertThrows(HttpFailure.class, () -> CommandRequest.parse(body));
        assertEquals(400, failure.status());
        assertEquals(true, failure.getMessage().contains(expected), failure.getMessage());
    }
}
