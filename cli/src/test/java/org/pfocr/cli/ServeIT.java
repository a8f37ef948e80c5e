package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pfocr serve} as users run it, on the real sample: it says where it answers, answers a
 * search with what {@code pfocr search --format json} prints, answers the launcher's searches of its
 * index with what their own process prints (and leaves the others to it), and stops cleanly on a
 * TERM signal, withdrawing its announcement.
 */
class ServeIT {

    private static final Pattern SERVING = Pattern.compile("pfocr: serving .* \\(57 figures\\) at (http://127\\.0\\.0\\.1:\\d+/) with 2 threads \\(warmed up by \\d+ searches in [0-9.]+ s\\); answers this user's pfocr search, show, similar, stats and enrich of it; stop with Ctrl-C");

    @TempDir
    Path temp;

    @Test
    void servesTheSampleLikeTheSearchCommandThenStopsOnTerm() throws Exception {
        Path shared = Path.of(System.getProperty("pfocr.shared", "../../shared")).toAbsolutePath();
        assumeTrue(Files.isDirectory(shared.resolve("pfocr-sample")), "../shared is absent: skipping the server on real data");
        Path launcher = LauncherRun.ROOT.resolve("pfocr");
        Path runtime = temp.resolve("runtime");
        Map<String, String> env = Map.of("PFOCR_NO_BUILD", "1", "JAVA_HOME", System.getProperty("java.home"),
                "PFOCR_RUNTIME_DIR", runtime.toString());
        String index = temp.resolve("index").toString();
        LauncherRun indexed = LauncherRun.run(launcher, temp, env, "--index", index, "index",
                shared.resolve("pfocr-sample").toString(), shared.resolve("seeds").toString());
        assertEquals(0, indexed.exitCode(), indexed.err());
        String query = "genes:STAT3 AND organism:human";
        LauncherRun searched = LauncherRun.run(launcher, temp, env, "--index", index, "search", "--format", "json", "--facets", query);
        assertEquals(List.of(), runtimeFiles(runtime), "a server announced before any was started");
        // A query of UTF-8 bytes (made by printf: this JVM, in the bare environment's C locale, could
        // not pass it), which reaches pfocr as typed in that locale too.
        Path kappa = LauncherRun.script(temp.resolve("kappa"), "exec '" + launcher + "' --index '" + index
                + "' search --format json \"$(printf 'NF-\\316\\272B')\"");
        LauncherRun kappaCold = LauncherRun.run(kappa, temp, env);
        assertEquals(0, kappaCold.exitCode(), kappaCold.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode kappaPrinted = json.readTree(kappaCold.out());
        assertEquals("NF-κB", kappaPrinted.get("query").asText());
        ((ObjectNode) kappaPrinted).remove("took_ms");
        assertEquals(0, searched.exitCode(), searched.err());

        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--index", index, "serve", "--port", "0", "--threads", "2",
                "--log-requests");
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", System.getProperty("user.home"));
        builder.environment().putAll(env);
        Path errFile = temp.resolve("err.txt");
        Process server = builder.directory(temp.toFile()).redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(errFile.toFile()).start();
        try {
            Matcher serving = SERVING.matcher(firstLine(errFile, server));
            assertTrue(serving.matches(), Files.readString(errFile));

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serving.group(1)
                    + "search?facets=true&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), response.body());
            JsonNode served = json.readTree(response.body());
            JsonNode printed = json.readTree(searched.out());
            ((ObjectNode) served).remove("took_ms");
            ((ObjectNode) printed).remove("took_ms");
            assertEquals(printed, served);
            assertTrue(served.get("total").asInt() > 0, response.body());

            // The launcher hands its search to the server, from another folder with the index named relative to it.
            assertEquals(List.of("serve-" + URI.create(serving.group(1)).getPort()), runtimeFiles(runtime));
            LauncherRun handed = LauncherRun.run(launcher, Files.createDirectories(temp.resolve("elsewhere")), env, "--index", "../index",
                    "search", "--format", "json", "--facets", query);
            assertEquals(0, handed.exitCode(), handed.err());
            assertEquals("", handed.err());
            JsonNode answered = json.readTree(handed.out());
            ((ObjectNode) answered).remove("took_ms");
            assertEquals(printed, answered);
            LauncherRun kappaHanded = LauncherRun.run(kappa, temp, env);
            assertEquals(0, kappaHanded.exitCode(), kappaHanded.err());
            JsonNode kappaAnswered = json.readTree(kappaHanded.out());
            ((ObjectNode) kappaAnswered).remove("took_ms");
            assertEquals(kappaPrinted, kappaAnswered);
            // A usage error is the launcher's own process's, word for word.
            LauncherRun unclosed = LauncherRun.run(launcher, temp, env, "--index", index, "search", query + " AND (");
            assertEquals(2, unclosed.exitCode(), unclosed.err());
            assertTrue(unclosed.err().startsWith("pfocr: error: the query ends too early"), unclosed.err());

            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on TERM");
            List<String> lines = Files.readAllLines(errFile);
            assertEquals(serving.group(), lines.getFirst());
            assertEquals(List.of("GET", "POST /cli 200", "POST /cli 200", "POST /cli 409"), lines.subList(1, lines.size() - 1).stream()
                    .map(line -> line.contains("POST /cli") ? line.replaceAll(".*(POST /cli \\d+).*", "$1") : line.split(" ")[2])
                    .toList(), String.join("\n", lines));
            assertEquals("pfocr: stopped after 4 requests", lines.getLast());
            assertEquals("", Files.readString(temp.resolve("out.txt")), "nothing on standard output");
            assertEquals(List.of(), runtimeFiles(runtime), "the announcement outlived the server");
        } finally {
            server.destroyForcibly();
        }
    }

    /** The names of the files in the runtime folder {@code runtime}, if it exists. */
    private static List<String> runtimeFiles(Path runtime) throws java.io.IOException {
        if (!Files.isDirectory(runtime)) {
            return List.of();
        }
        try (var files = Files.list(runtime)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** The first line the server writes to {@code errFile}, once written; the file so far if it ends first. */
    private static String firstLine(Path errFile, Process server) throws Exception {
        for (int tries = 0; tries < 600; tries++) {
            String text = Files.readString(errFile);
            if (text.contains("\n") || !server.isAlive()) {
                return text.lines().findFirst().orElse("");
            }
            Thread.sleep(100);
        }
        return Files.readString(errFile);
    }
}
