package org.pfocr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.search.FigureSearcher;

/**
 * The Python client in README.md's "Serving over HTTP", run as it stands there with the system's
 * Python against a server of the real sample, printing exactly the output the README shows.
 */
class PythonClientExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "## Serving over HTTP.*?```python\\n(.*?)```\\s*```\\n(.*?)```", Pattern.DOTALL);
    private static final String README_SERVER = "http://127.0.0.1:8642";

    @TempDir
    Path temp;

    @Test
    void theReadmeClientPrintsWhatTheReadmeShows() throws Exception {
        Path shared = Path.of(System.getProperty("pfocr.shared", "../../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("pfocr-sample")), "../shared is absent: skipping the README's Python client");
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3: skipping the README's Python client");
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of(System.getProperty("pfocr.readme", "../README.md"))));
        assertTrue(example.find(), "README.md has no ```python block and its output under '## Serving over HTTP'");
        assertTrue(example.group(1).contains(README_SERVER), example.group(1));

        Path index = temp.resolve("index");
        new FigureIndexer(IndexOptions.rebuild(index, List.of(shared.resolve("pfocr-sample"), shared.resolve("seeds"))),
                IndexListener.SILENT).run();
        List<String> log = new ArrayList<>();
        try (FigureSearcher searcher = FigureSearcher.open(index);
                FigureServer server = FigureServer.start(searcher, new InetSocketAddress("127.0.0.1", 0), 1,
                        Duration.ofSeconds(1), FigureServerTest.log(log))) {
            String uri = server.uri().toString();
            String code = example.group(1).replace(README_SERVER, uri.substring(0, uri.length() - 1));

            assertEquals(example.group(2), run(python, code));
        }
    }

    private String run(Path python, String code) throws IOException, InterruptedException {
        Path script = temp.resolve("client.py");
        Files.writeString(script, code, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(python.toString(), script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the client did not finish");
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
