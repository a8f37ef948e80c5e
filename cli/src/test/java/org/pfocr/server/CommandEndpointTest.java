package org.pfocr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.search.FigureSearcher;

/**
 * {@code POST /cli} over HTTP: the runner's output for a request with the token, on the index's
 * newest commit, 409 when the runner leaves the command to the launcher, 403 without the token or
 * with another, 405 for a GET, 400 for a malformed body; every request counted and logged.
 */
class CommandEndpointTest {

    @TempDir
    static Path temp;
    private static FigureSearcher searcher;
    private static FigureServer server;
    private static String token;
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    private static final List<CommandRequest> RUN = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void serve() throws Exception {
        Path index = temp.resolve("index");
        new FigureIndexer(IndexOptions.rebuild(index, List.of(FigureServerTest.TESTDATA)), IndexListener.SILENT).run();
        searcher = FigureSearcher.open(index);
        server = FigureServer.start(searcher, new InetSocketAddress("127.0.0.1", 0), 2, Duration.ofSeconds(1),
                FigureServerTest.log(LOG));
        token = server.acceptCommands(request -> {
            RUN.add(request);
            return request.arguments().getFirst().equals("search")
                    ? Optional.of(("ran " + String.join(" ", request.arguments()) + "\n").getBytes(StandardCharsets.UTF_8))
                    : Optional.empty();
        });
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    private static HttpResponse<String> post(String tokenSent, String... strings) throws Exception {
        return postTo(server, tokenSent, strings);
    }

    private static HttpResponse<String> postTo(FigureServer server, String tokenSent, String... strings) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String string : strings) {
            body.append(string).append('\0');
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/cli"))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (tokenSent != null) {
            request.header(CommandHandler.TOKEN_HEADER, tokenSent);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersWithTheRunnersOutputOrLeavesTheCommandToTheLauncher() throws Exception {
        assertTrue(token.matches("[0-9a-f]{32}"), token);
        long before = server.requests();

        HttpResponse<String> ran = post(token, CommandRequest.VERSION, "cwd", "/tmp", "tty", "stdout", "arg", "search", "arg", "STAT3");
        assertEquals(200, ran.statusCode(), ran.body());
        assertEquals("ran search STAT3\n", ran.body());
        assertEquals("application/octet-stream", ran.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> left = post(token, CommandRequest.VERSION, "cwd", "/tmp", "arg", "index", "arg", "records");
        assertEquals(409, left.statusCode(), left.body());
        assertTrue(left.body().contains("run it in its own process"), left.body());

        assertEquals(before + 2, server.requests());
        assertTrue(LOG.contains("answered 127.0.0.1 POST /cli 200"), LOG.toString());
        assertTrue(LOG.contains("answered 127.0.0.1 POST /cli 409"), LOG.toString());
    }

    @Test
    void refusesRequestsWithoutTheTokenOrTheMethodOrTheFormat() throws Exception {
        int runs = RUN.size();
        assertEquals(403, post(null, CommandRequest.VERSION, "cwd", "/tmp", "arg", "search").statusCode());
        assertEquals(403, post("0".repeat(32), CommandRequest.VERSION, "cwd", "/tmp", "arg", "search").statusCode());
        HttpResponse<String> malformed = post(token, CommandRequest.VERSION, "arg", "search");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("working directory"), malformed.body());
        HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/cli"))
                .header(CommandHandler.TOKEN_HEADER, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertEquals(runs, RUN.size(), "the runner ran a refused request");
    }

    @Test
    void commandsRunOnTheNewestCommitAsTheirOwnProcessWould() throws Exception {
        Path one = Files.createDirectories(temp.resolve("one/_figures"));
        Files.copy(FigureServerTest.TESTDATA.resolve("_figures/PMC0001001__jhs-08-1012-g003.md"),
                one.resolve("PMC0001001__jhs-08-1012-g003.md"));
        Path index = temp.resolve("growing");
        new FigureIndexer(IndexOptions.rebuild(index, List.of(one.getParent())), IndexListener.SILENT).run();
        try (FigureSearcher growing = FigureSearcher.open(index);
                FigureServer hourly = FigureServer.start(growing, new InetSocketAddress("127.0.0.1", 0), 1,
                        Duration.ofHours(1), FigureServerTest.log(LOG))) {
            String figures = hourly.acceptCommands(request -> {
                try {
                    return Optional.of(Long.toString(growing.stats().figures()).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals("1", postTo(hourly, figures, CommandRequest.VERSION, "cwd", "/tmp", "arg", "stats").body());

            new FigureIndexer(IndexOptions.rebuild(index, List.of(FigureServerTest.TESTDATA)), IndexListener.SILENT).run();

            long all;
            try (FigureSearcher reopened = FigureSearcher.open(index)) {
                all = reopened.stats().figures();
            }
            assertTrue(all > 1);
            assertEquals(Long.toString(all), postTo(hourly, figures, CommandRequest.VERSION, "cwd", "/tmp", "arg", "stats").body(),
                    "the command ran on the commit before, which its own process would not have seen");
        }
    }
}
