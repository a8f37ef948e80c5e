package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pfocr serve}'s mistakes: each a one-line message, exit 2 for usage, 1 for a taken port. */
class ServeCommandTest {

    @TempDir
    static Path temp;
    private static String index;

    @BeforeAll
    static void indexTheTestRecords() {
        index = temp.resolve("index").toString();
        CliRun run = CliRun.pfocr("index", "--index", index,
                Path.of(System.getProperty("pfocr.testdata", "../../testdata"), "figures").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private static void assertUsageError(String expected, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "--index";
        args[1] = index;
        args[2] = "serve";
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun run = CliRun.pfocr(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void portsThreadsAndHostsOutOfRangeAreUsageErrors() {
        assertUsageError("--port takes 0 to 65535, not 70000", "--port", "70000");
        assertUsageError("--threads must be at least 1, not 0", "--threads", "0");
        assertUsageError("--host no-such-host.invalid is not an address of this machine", "--host", "no-such-host.invalid");
        assertUsageError("'soon' is not a time limit", "--refresh", "soon");
    }

    @Test
    void aTakenPortIsNamedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.pfocr("--index", index, "serve", "--port", Integer.toString(taken.getLocalPort()));

            assertEquals(1, run.exitCode(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("choose another with --port"), run.err());
        }
    }

    @Test
    void aMissingIndexIsNamed() {
        CliRun run = CliRun.pfocr("--index", temp.resolve("none").toString(), "serve", "--port", "0");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(temp.resolve("none").toString()), run.err());
    }
}
