package org.pfocr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.json.JsonOutput;
import org.pfocr.json.SearchJson;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;

/** The HTTP endpoints end to end over the project's own test records: answers, paging, errors. */
class FigureServerTest {

    static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../../testdata"), "figures");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path temp;
    private static FigureSearcher searcher;
    private static FigureServer server;
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void serveTheTestRecords() throws Exception {
        Path index = temp.resolve("index");
        new FigureIndexer(IndexOptions.rebuild(index, List.of(TESTDATA)), IndexListener.SILENT).run();
        searcher = FigureSearcher.open(index);
        server = FigureServer.start(searcher, new InetSocketAddress("127.0.0.1", 0), 2, Duration.ofSeconds(1), log(LOG));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    /** A log that keeps its lines in {@code lines}. */
    static ServerLog log(List<String> lines) {
        return new ServerLog() {
            @Override
            public void note(String line) {
                lines.add(line);
            }

            @Override
            public void answered(String client, String method, String uri, int status, long nanos) {
                lines.add("answered " + client + " " + method + " " + uri + " " + status);
            }

            @Override
            public void internalError(String request, Throwable error) {
                lines.add("error: " + request + ": " + error);
            }
        };
    }

    /** The status and JSON body of {@code GET path}. */
    record Answer(int status, JsonNode json, HttpResponse<String> response) {}

    static Answer get(FigureServer server, String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build());
    }

    private static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return get(server, pathAndQuery);
    }

    private static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        return new Answer(response.statusCode(), JSON.readTree(response.body()), response);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> figids(JsonNode hits) {
        List<String> figids = new ArrayList<>();
        hits.forEach(hit -> figids.add(hit.get("figid").asText()));
        return figids;
    }

    @Test
    void searchAnswersWhatTheEmbeddingApiFindsAsTheSearchCommandsJson() throws Exception {
        String query = "STAT3 OR signalling";
        Answer answer = get("/search?q=" + encode(query) + "&limit=5");

        assertEquals(200, answer.status());
        JsonNode expected = JSON.readTree(JsonOutput.bytes(SearchJson.of(searcher.search(SearchRequest.of(query).withLimit(5)))));
        assertEquals(expected.get("total"), answer.json().get("total"));
        assertEquals(expected.get("hits"), answer.json().get("hits"));
        assertEquals(5, answer.json().get("hits").size());
        assertTrue(answer.json().get("hits").get(0).get("snippet").asText().contains("<mark>"), answer.json().toString());
    }

    @Test
    void pagesFacetsFiltersAndSortArePassedOn() throws Exception {
        List<String> firstSix = figids(get("/search?q=signalling&limit=6").json().get("hits"));
        assertEquals(6, firstSix.size());
        assertEquals(firstSix.subList(2, 5), figids(get("/search?q=signalling&limit=3&offset=2").json().get("hits")));

        JsonNode faceted = get("/search?q=signalling&facets=true").json();
        assertTrue(faceted.get("facets").has("organism"), faceted.toString());
        assertEquals(0, get("/search?q=signalling").json().get("facets").size());

        JsonNode human = get("/search?q=signalling&limit=100&filter=" + encode("organism=Homo sapiens")).json();
        assertTrue(human.get("total").asInt() > 0);
        assertTrue(human.get("total").asInt() < faceted.get("total").asInt(), "the filter keeps fewer figures");
        human.get("hits").forEach(hit -> assertTrue(hit.get("organisms").toString().contains("Homo sapiens"), hit.toString()));

        JsonNode byYear = get("/search?q=signalling&limit=100&sort=year").json();
        int previous = Integer.MAX_VALUE;
        for (JsonNode hit : byYear.get("hits")) {
            assertTrue(hit.get("year").asInt() <= previous, byYear.toString());
            previous = hit.get("year").asInt();
        }
        assertTrue(get("/search?q=STAT3&explain=1&limit=1").json().get("hits").get(0).has("explanation"));
    }

    @Test
    void searchesAtOnceFromManyClientsAnswerAsOneAtATime() throws Exception {
        List<String> queries = List.of("STAT3", "signalling", "genes:JAK1 OR insulin", "organism:human", "kinase", "\"acute phase\"");
        Map<String, JsonNode> alone = new HashMap<>();
        for (String query : queries) {
            alone.put(query, withoutTime(get("/search?facets=true&q=" + encode(query)).json()));
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String query = queries.get(i % queries.size());
                answers.add(clients.submit(() -> alone.get(query).equals(
                        withoutTime(get("/search?facets=true&q=" + encode(query)).json()))));
            }
            for (Future<Boolean> answer : answers) {
                assertTrue(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static JsonNode withoutTime(JsonNode json) {
        ((ObjectNode) json).remove("took_ms");
        return json;
    }

    @Test
    void warmingUpSearchesTheIndexWithoutErrors() throws Exception {
        AtomicInteger told = new AtomicInteger();
        int searches = server.warmUp(Duration.ofMillis(300), told::incrementAndGet);

        assertTrue(searches >= 1, "searches: " + searches);
        assertEquals(searches, told.get());
        assertTrue(LOG.stream().noneMatch(line -> line.startsWith("error")), LOG.toString());
    }

    @Test
    void nagleIsOffSoThatKeptAliveConnectionsDoNotWaitForDelayedAcknowledgements() {
        assertEquals("true", System.getProperty(FigureServer.NO_DELAY));
    }

    @Test
    void aBadQueryIsA400WithItsPositionAndHint() throws Exception {
        Answer answer = get("/search?q=" + encode("genes:(STAT3"));

        assertEquals(400, answer.status());
        assertEquals("syntax", answer.json().get("kind").asText());
        assertEquals(12, answer.json().get("position").asInt());
        assertFalse(answer.json().get("hint").asText().isBlank());
        assertEquals(400, answer.json().get("status").asInt());
    }

    @Test
    void badParametersAre400sNamingTheParameter() throws Exception {
        for (String[] request : new String[][] {
            {"/search", "'q' is missing"},
            {"/search?q=", "'q' is missing"},
            {"/search?q=STAT3&limit=ten", "'limit' takes a whole number from 0 to 1000, not 'ten'"},
            {"/search?q=STAT3&limit=5000", "'limit' takes a whole number from 0 to 1000"},
            {"/search?q=STAT3&offset=-1", "'offset'"},
            {"/search?q=STAT3&sort=date", "'sort' takes relevance or year"},
            {"/search?q=STAT3&facets=maybe", "'facets' takes true or false"},
            {"/search?q=STAT3&timeout_ms=0", "'timeout_ms'"},
            {"/search?q=STAT3&filter=organism", "'filter' takes FACET=VALUE"},
            {"/search?q=STAT3&filter=colour%3Dred", "unknown facet 'colour'"},
            {"/enrich", "no genes: name them in 'genes'"},
            {"/enrich?genes=NOTAGENE1,NOTAGENE2", "none of the names is a gene of the index"},
            {"/enrich?genes=STAT3&max_fdr=2", "max FDR must be between 0 and 1"},
            {"/search?q=STAT3&limt=5", "unknown parameter 'limt': this endpoint takes q, limit, offset, sort, facets,"},
            {"/stats?verbose=1", "unknown parameter 'verbose': this endpoint takes none"},
            {"/similar/PMC0__none?count=3", "unknown parameter 'count': this endpoint takes limit"},
        }) {
            Answer answer = get(request[0]);
            assertEquals(400, answer.status(), request[0]);
            assertTrue(answer.json().get("error").asText().contains(request[1]), request[0] + ": " + answer.json());
        }
    }

    @Test
    void aFigureItsSimilarFiguresAndTheStats() throws Exception {
        String figid = figids(get("/search?q=STAT3&limit=1").json().get("hits")).get(0);

        JsonNode figure = get("/figures/" + figid).json();
        assertEquals(figid, figure.get("figid").asText());
        assertFalse(figure.get("caption").asText().isBlank());
        assertTrue(figure.get("genes").size() > 0);

        JsonNode similar = get("/similar/" + figid + "?limit=3").json();
        assertEquals(figid, similar.get("figid").asText());
        assertTrue(similar.get("figures").size() <= 3);
        assertFalse(figids(similar.get("figures")).contains(figid), similar.toString());

        JsonNode stats = get("/stats").json();
        assertEquals(searcher.stats().figures(), stats.get("figures").asInt());
        assertEquals(searcher.indexDir().toString(), stats.get("index").asText());

        JsonNode home = get("/").json();
        assertEquals(stats.get("figures"), home.get("figures"));
        assertTrue(home.get("endpoints").size() >= 5);
    }

    @Test
    void enrichmentTakesGenesSeparatedByCommasSpacesOrRepeated() throws Exception {
        JsonNode commas = get("/enrich?genes=STAT3,JAK1,IL6,IL6ST,SOCS3&limit=3").json();
        JsonNode repeated = get("/enrich?genes=STAT3&genes=JAK1&genes=" + encode("IL6 IL6ST SOCS3") + "&limit=3").json();

        assertEquals(5, commas.get("list_size").asInt(), commas.toString());
        assertTrue(commas.get("figures").size() > 0, commas.toString());
        assertEquals(commas.get("figures"), repeated.get("figures"));

        Answer posted = send(HttpRequest.newBuilder(server.uri().resolve("/enrich?limit=3"))
                .POST(HttpRequest.BodyPublishers.ofString("# my list\nSTAT3\nJAK1\tIL6\nIL6ST, SOCS3\n")).build());
        assertEquals(200, posted.status(), posted.json().toString());
        assertEquals(commas.get("figures"), posted.json().get("figures"));
    }

    @Test
    void aBodyLargerThanTheServerReadsIsA413() throws Exception {
        Answer answer = send(HttpRequest.newBuilder(server.uri().resolve("/enrich"))
                .POST(HttpRequest.BodyPublishers.ofString("A".repeat(EndpointHandler.MAX_BODY_BYTES + 1))).build());

        assertEquals(413, answer.status());
        assertEquals("the request's body is larger than 16 MB", answer.json().get("error").asText());
    }

    @Test
    void unknownPathsFiguresAndMethodsAreNamed() throws Exception {
        Answer noFigure = get("/figures/PMC0__none");
        assertEquals(404, noFigure.status());
        assertEquals("no figure PMC0__none in the index: find figure ids with /search", noFigure.json().get("error").asText());
        assertEquals(404, get("/similar/PMC0__none").status());
        assertEquals(404, get("/figures/").status());
        assertEquals(404, get("/search/more").status());
        Answer nowhere = get("/nowhere");
        assertEquals(404, nowhere.status());
        assertTrue(nowhere.json().get("error").asText().contains("GET / lists them"), nowhere.json().toString());

        Answer post = send(HttpRequest.newBuilder(server.uri().resolve("/search?q=STAT3"))
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertEquals(405, post.status());
        assertEquals("GET", post.response().headers().firstValue("Allow").orElse(""));
        assertEquals("POST is not served here: this endpoint answers GET", post.json().get("error").asText());
        Answer delete = send(HttpRequest.newBuilder(server.uri().resolve("/enrich?genes=STAT3")).DELETE().build());
        assertEquals(405, delete.status());
        assertEquals("GET, POST", delete.response().headers().firstValue("Allow").orElse(""));
        assertTrue(LOG.stream().noneMatch(line -> line.startsWith("error")), LOG.toString());
        assertTrue(LOG.contains("answered 127.0.0.1 GET /nowhere 404"), LOG.toString());
        assertTrue(LOG.contains("answered 127.0.0.1 POST /search?q=STAT3 405"), LOG.toString());
    }
}
