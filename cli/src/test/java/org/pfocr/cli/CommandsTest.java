package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index, search, show and stats commands end to end, in process, on the real sample. */
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "PMC3101113__cmr-3-177f3";

    @TempDir
    static Path temp;
    private static String index;

    @BeforeAll
    static void indexTheSample() {
        Path shared = Path.of(System.getProperty("pfocr.shared", "../../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("pfocr-sample")), "../shared is absent: skipping the CLI tests on real data");
        index = temp.resolve("index").toString();
        CliRun run = CliRun.pfocr("index", "--index", index, shared.resolve("pfocr-sample").toString(),
                shared.resolve("seeds").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Indexed 57 figures from 57 files"), run.out());
        assertTrue(run.out().contains("Problems: none"), run.out());
    }

    @Test
    void searchAsJsonHasTheDocumentedShape() throws Exception {
        CliRun run = CliRun.pfocr("search", "--index", index, "--format", "json", "genes:STAT3 AND organism:human");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), "one JSON object on one line");
        JsonNode json = JSON.readTree(run.out());
        assertEquals(List.of("query", "total", "took_ms", "partial", "hits", "facets"), names(json));
        assertTrue(json.get("total").asInt() > 0);
        JsonNode hit = json.get("hits").get(0);
        assertEquals(List.of("rank", "figid", "pmcid", "score", "title", "paper_title", "year", "organisms", "genes",
                "url", "snippet", "matched"), names(hit));
        boolean seedFound = false;
        for (JsonNode each : json.get("hits")) {
            seedFound |= each.get("figid").asText().equals(SEED);
        }
        assertTrue(seedFound, run.out());
    }

    @Test
    void snippetsInJsonMarkMatchesAndEscapeTheRest() throws Exception {
        CliRun run = CliRun.pfocr("search", "--index", index, "--format", "json", "--limit", "50", "caption:TNFSF11");
        JsonNode json = JSON.readTree(run.out());
        String snippet = null;
        for (JsonNode hit : json.get("hits")) {
            if (hit.get("figid").asText().equals(SEED)) {
                snippet = hit.get("snippet").asText();
            }
        }
        assertTrue(snippet != null && snippet.contains("<mark>RANKL</mark>"), String.valueOf(snippet));
    }

    @Test
    void searchAsTsvHasAHeaderAndOneRowPerHit() {
        CliRun run = CliRun.pfocr("search", "--index", index, "--format", "tsv", "--limit", "3", "STAT3");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(String.join("\t", SearchTsv.COLUMNS), lines.get(0));
        assertEquals(4, lines.size());
        lines.forEach(line -> assertEquals(SearchTsv.COLUMNS.size(), line.split("\t", -1).length, line));
        assertEquals("", run.err());

        CliRun withFacets = CliRun.pfocr("search", "--index", index, "--format", "tsv", "--limit", "3", "--facets", "STAT3");
        assertEquals(run.out(), withFacets.out(), "the same rows");
        assertEquals("pfocr: note: TSV holds the hits only; --facets needs --format text or json",
                withFacets.err().strip());
        CliRun withExplain = CliRun.pfocr("search", "--index", index, "--format", "tsv", "--limit", "3", "--explain", "STAT3");
        assertEquals(run.out(), withExplain.out(), "the same rows");
        assertEquals("pfocr: note: TSV holds the hits only; --explain needs --format text or json",
                withExplain.err().strip());
        CliRun withBoth = CliRun.pfocr("search", "--index", index, "--format", "tsv", "--limit", "3", "--explain",
                "--facets", "STAT3");
        assertEquals("pfocr: note: TSV holds the hits only; --facets and --explain need --format text or json",
                withBoth.err().strip());
    }

    @Test
    void aNegativeLimitOrOffsetIsNamed() {
        CliRun limit = CliRun.pfocr("search", "--index", index, "--limit", "-1", "STAT3");
        assertEquals(2, limit.exitCode());
        assertTrue(limit.err().startsWith("pfocr: error: --limit must not be negative, not -1"), limit.err());
        CliRun offset = CliRun.pfocr("search", "--index", index, "--offset", "-5", "STAT3");
        assertTrue(offset.err().startsWith("pfocr: error: --offset must not be negative, not -5"), offset.err());
    }

    @Test
    void plainTextWhenNotATerminal() {
        CliRun run = CliRun.pfocr("search", "--index", index, "--facets", "RANKL");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.out().contains("\033["), "no ANSI when output is not a terminal");
        assertTrue(run.out().contains(SEED), run.out());
        assertTrue(run.out().contains("organism: "), run.out());
    }

    @Test
    void filtersKeepOnlyFiguresWithTheFacetValue() throws Exception {
        CliRun run = CliRun.pfocr("search", "--index", index, "--format", "json", "--limit", "100",
                "--filter", "organism=Mus musculus", "--filter", "year=2012", "*:*");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode hits = JSON.readTree(run.out()).get("hits");
        assertTrue(hits.size() > 0);
        for (JsonNode hit : hits) {
            assertEquals(2012, hit.get("year").asInt());
            assertTrue(hit.get("organisms").toString().contains("Mus musculus"), hit.toString());
        }
        CliRun unknown = CliRun.pfocr("search", "--index", index, "--filter", "colour=red", "x");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("pfocr: error: in --filter: unknown facet 'colour'"), unknown.err());
        CliRun noValue = CliRun.pfocr("search", "--index", index, "--filter", "organism", "x");
        assertEquals(2, noValue.exitCode());
        assertTrue(noValue.err().startsWith("pfocr: error: --filter needs FACET=VALUE"), noValue.err());
        CliRun emptyValue = CliRun.pfocr("search", "--index", index, "--filter", "gene=", "x");
        assertEquals(2, emptyValue.exitCode(), emptyValue.err());
        assertTrue(emptyValue.err().startsWith("pfocr: error: in --filter: the facet gene needs a value after '='"),
                emptyValue.err());
        CliRun badYear = CliRun.pfocr("search", "--index", index, "--filter", "year=recent", "x");
        assertEquals(2, badYear.exitCode(), badYear.err());
        assertTrue(badYear.err().startsWith("pfocr: error: in --filter: year needs a year such as 2012, not 'recent'"),
                badYear.err());
    }

    @Test
    void twoValuesOfOneFacetKeepFiguresWithEither() throws Exception {
        Set<String> stat3 = filteredFigids("gene=STAT3");
        Set<String> rankl = filteredFigids("gene=TNFSF11");
        Set<String> either = new TreeSet<>(stat3);
        either.addAll(rankl);
        assertTrue(either.size() > Math.max(stat3.size(), rankl.size()), "the genes' figures differ: " + stat3 + rankl);
        assertEquals(either, filteredFigids("gene=STAT3", "gene=TNFSF11"));
        Set<String> stat3In2012 = filteredFigids("gene=STAT3", "year=2012");
        assertEquals(stat3.stream().filter(filteredFigids("year=2012")::contains).collect(Collectors.toSet()), stat3In2012);
    }

    @Test
    void anOrganismFilterTakesAnyNameOfTheOrganism() throws Exception {
        Set<String> human = filteredFigids("organism=Homo sapiens");
        assertTrue(!human.isEmpty());
        assertEquals(human, filteredFigids("organism=human"));
        assertEquals(human, filteredFigids("organism=9606"));
    }

    @Test
    void aFilterValueNoFigureHasStandsForTheValuesThatDifferInCaseOnly() throws Exception {
        Set<String> stat3 = filteredFigids("gene=STAT3");
        assertTrue(!stat3.isEmpty());
        assertEquals(stat3, filteredFigids("gene=stat3"));
        assertEquals(filteredFigids("organism=Homo sapiens"), filteredFigids("organism=HOMO SAPIENS"));
        assertEquals(Set.of(), filteredFigids("gene=STAT33"));
    }

    /** The figids of every figure of {@code *:*} that the {@code --filter}s keep. */
    private static Set<String> filteredFigids(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--index", index, "--format", "json", "--limit", "1000"));
        for (String filter : filters) {
            args.addAll(List.of("--filter", filter));
        }
        args.add("*:*");
        CliRun run = CliRun.pfocr(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        Set<String> figids = new TreeSet<>();
        JSON.readTree(run.out()).get("hits").forEach(hit -> figids.add(hit.get("figid").asText()));
        return figids;
    }

    @Test
    void aSyntaxErrorIsOneLineAndExitTwo() {
        CliRun run = CliRun.pfocr("search", "--index", index, "genes:(STAT3 AND");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("pfocr: error: the query ends too early at position 16: "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownFieldListsTheFields() {
        CliRun run = CliRun.pfocr("search", "--index", index, "colour:red");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown field 'colour'") && run.err().contains("caption"), run.err());
    }

    @Test
    void aMissingIndexIsOneLineAndExitOne() {
        CliRun run = CliRun.pfocr("search", "--index", temp.resolve("nonexistent").toString(), "x");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("pfocr: error: no index at "), run.err());
    }

    @Test
    void showPrintsTheWholeRecordWithGeneWords() throws Exception {
        CliRun text = CliRun.pfocr("show", "--index", index, SEED);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("TNFSF11 (8600) <- RANKL"), text.out());
        JsonNode json = JSON.readTree(CliRun.pfocr("show", "--index", index, "--format", "json", SEED).out());
        assertEquals(SEED, json.get("figid").asText());
        assertEquals(2011, json.get("year").asInt());
        assertTrue(json.get("caption").asText().contains("RANKL"));
    }

    @Test
    void showOfAnUnknownFigureSaysHowToFindOne() {
        CliRun run = CliRun.pfocr("show", "--index", index, "PMC0__nothing");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("pfocr search"), run.err());
    }

    @Test
    void statsAsJsonCountsFiguresGenesOrganismsAndSynonymSources() throws Exception {
        CliRun run = CliRun.pfocr("stats", "--index", index, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(57, json.get("figures").asInt());
        assertTrue(json.get("genes").asInt() > 100);
        assertTrue(json.get("organisms").get("Homo sapiens").asInt() > 10);
        for (String source : List.of("corpus", "gene_aliases", "famplex", "organisms", "gene_info", "user")) {
            assertTrue(json.get("synonyms").has(source), source);
        }
    }

    @Test
    void mergeLeavesAnIndexOfOneSegmentThatAnswersTheSame() throws Exception {
        Path merged = temp.resolve("merged");
        Path shared = Path.of(System.getProperty("pfocr.shared", "../../shared"));
        CliRun run = CliRun.pfocr("index", "--merge", "--threads", "2", "--index", merged.toString(),
                shared.resolve("pfocr-sample").toString(), shared.resolve("seeds").toString());
        assertEquals(0, run.exitCode(), run.err());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(merged))) {
            assertEquals(1, reader.leaves().size());
        }
        for (String query : List.of("STAT3", "RANKL AND organism:human", "apoptosis OR autophagy")) {
            CliRun before = CliRun.pfocr("search", "--index", index, "--format", "tsv", "--limit", "50", query);
            CliRun after = CliRun.pfocr("search", "--index", merged.toString(), "--format", "tsv", "--limit", "50", query);
            assertEquals(before.out(), after.out(), query);
        }
    }

    @Test
    void aBadSynonymFileIsAUsageError() throws Exception {
        Path rules = temp.resolve("bad-rules.txt");
        Files.writeString(rules, "foo => the\n");
        CliRun run = CliRun.pfocr("index", "--index", temp.resolve("other").toString(), "--synonyms", rules.toString(),
                Path.of(System.getProperty("pfocr.testdata", "../../testdata"), "figures").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("pfocr: error: " + rules + ":1: invalid synonym rule 'foo => the': 'the' has no word"
                + " left to search"), run.err());
        for (String rule : List.of("foo =>", " => bar", "apoptosis =>", "foo => bar, , baz")) {
            Files.writeString(rules, "# line 1\n" + rule + "\n");
            CliRun bad = CliRun.pfocr("index", "--index", temp.resolve("other").toString(), "--synonyms", rules.toString(),
                    Path.of(System.getProperty("pfocr.testdata", "../../testdata"), "figures").toString());
            assertEquals(2, bad.exitCode(), rule + ": " + bad.err());
            assertTrue(bad.err().startsWith("pfocr: error: " + rules + ":2: invalid synonym rule '" + rule.strip() + "': "),
                    rule + ": " + bad.err());
            assertTrue(!bad.err().contains("completely eliminated"), bad.err());
        }
    }

    @Test
    void enrichRanksTheIl6JakStatFiguresFirstAndReportsUnknownNames() throws Exception {
        CliRun run = CliRun.pfocr("enrich", "--index", index, "--format", "json", "STAT3", "JAK1", "JAK2", "IL6", "IL6R", "NOTAGENE");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("'NOTAGENE' matches no gene"), run.err());
        JsonNode figures = JSON.readTree(run.out()).get("figures");
        List<String> top = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            top.add(figures.get(i).get("figid").asText());
            assertTrue(figures.get(i).get("q").asDouble() < 0.05, figures.get(i).toString());
        }
        assertEquals(new TreeSet<>(List.of(SEED, "PMC6071487__cshperspect-CYT-028456_F2",
                "PMC4012967__theoncologist_13407_f1")), new TreeSet<>(top));
        assertEquals(List.of("rank", "figid", "title", "paper_title", "year", "overlap_genes", "overlap", "gene_set_size",
                "odds_ratio", "p", "q"), names(figures.get(0)));
    }

    @Test
    void enrichSplitsGeneArgumentsAsItSplitsAGeneFile() throws Exception {
        Path file = temp.resolve("excel-genes.csv");
        Files.writeString(file, "\uFEFFSTAT3,JAK1;JAK2\r\n");
        CliRun fromFile = CliRun.pfocr("enrich", "--index", index, "--format", "json", "--genes-file", file.toString());
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals("", fromFile.err());
        assertEquals("[\"STAT3\",\"JAK1\",\"JAK2\"]", JSON.readTree(fromFile.out()).get("genes").toString());
        for (String[] genes : List.of(new String[] {"STAT3,JAK1,JAK2"}, new String[] {"STAT3;JAK1", "JAK2"},
                new String[] {"STAT3 JAK1\tJAK2"})) {
            List<String> args = new ArrayList<>(List.of("enrich", "--index", index, "--format", "json"));
            args.addAll(List.of(genes));
            CliRun run = CliRun.pfocr(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), List.of(genes) + ": " + run.err());
            assertEquals("", run.err(), List.of(genes).toString());
            assertEquals(JSON.readTree(fromFile.out()).get("figures"), JSON.readTree(run.out()).get("figures"));
        }
    }

    @Test
    void anExclusionFirstOrAloneNeedsTheQueryAfterTwoDashes() {
        for (String[] query : List.of(new String[] {"STAT3", "-organism:mouse"}, new String[] {"-organism:mouse STAT3"})) {
            List<String> args = new ArrayList<>(List.of("search", "--index", index));
            args.addAll(List.of(query));
            CliRun run = CliRun.pfocr(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("a query that starts with - goes after --, e.g. pfocr search -- -organism:mouse STAT3"),
                    run.err());
        }
        CliRun after = CliRun.pfocr("search", "--index", index, "--", "STAT3", "-organism:mouse");
        assertEquals(0, after.exitCode(), after.err());
        assertTrue(after.out().contains("figures match STAT3 -organism:mouse"), after.out());
        CliRun typo = CliRun.pfocr("search", "--index", index, "--limt", "3", "STAT3");
        assertTrue(!typo.err().contains("goes after --"), "no hint for a mistyped --option: " + typo.err());
        CliRun negative = CliRun.pfocr("search", "--index", index, "--limit", "-1", "STAT3");
        assertEquals(2, negative.exitCode(), negative.err());
        assertTrue(!negative.err().contains("goes after --"), "no hint for a negative number: " + negative.err());
    }

    @Test
    void aBadQueryReadsAsOneSentenceWhereverItWasTyped() throws Exception {
        String problem = "the query ends too early at position 16: ";
        CliRun search = CliRun.pfocr("search", "--index", index, "genes:(STAT3 AND");
        assertTrue(search.err().startsWith("pfocr: error: " + problem), search.err());
        CliRun enrich = CliRun.pfocr("enrich", "--index", index, "--query", "genes:(STAT3 AND", "STAT3", "JAK1");
        assertEquals(2, enrich.exitCode(), enrich.err());
        assertTrue(enrich.err().startsWith("pfocr: error: in --query: " + problem), enrich.err());
        Path queries = temp.resolve("bad-queries.tsv");
        Files.writeString(queries, "q01\tgenes:(STAT3 AND\n");
        Path qrels = temp.resolve("bad-qrels.txt");
        Files.writeString(qrels, "q01 0 " + SEED + " 2\n");
        CliRun eval = CliRun.pfocr("eval", "--index", index, "--queries", queries.toString(), "--qrels", qrels.toString());
        assertEquals(2, eval.exitCode(), eval.err());
        assertTrue(eval.err().startsWith("pfocr: error: judged query q01: " + problem), eval.err());
    }

    @Test
    void enrichWithoutGenesIsAUsageError() {
        CliRun run = CliRun.pfocr("enrich", "--index", index);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("pfocr: error: no genes"), run.err());
    }

    @Test
    void similarListsIl6FiguresFirst() throws Exception {
        CliRun run = CliRun.pfocr("similar", "--index", index, "--format", "json", SEED);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode first = JSON.readTree(run.out()).get("figures").get(0);
        assertTrue(first.get("shared_genes").toString().contains("IL6"), first.toString());
        assertTrue(first.get("title").asText().contains("IL-6"), first.toString());
    }

    @Test
    void evalPassesThePinnedScoresAndFailsWhenAPinIsAboveTheScore() throws Exception {
        Path relevance = Path.of(System.getProperty("pfocr.testdata", "../../testdata"), "relevance");
        String queries = relevance.resolve("queries.tsv").toString();
        String qrels = relevance.resolve("qrels.txt").toString();
        CliRun run = CliRun.pfocr("eval", "--index", index, "--queries", queries, "--qrels", qrels,
                "--regression", relevance.resolve("regression.tsv").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("ALL ")), run.out());
        assertFalse(run.err().contains("warning"), run.err());

        Path raised = temp.resolve("raised.tsv");
        Files.writeString(raised, "# a pin no ranking can reach\nALL\t1.000\t1.000\t1.000\n");
        CliRun failing = CliRun.pfocr("eval", "--index", index, "--queries", queries, "--qrels", qrels,
                "--regression", raised.toString());
        assertEquals(1, failing.exitCode(), failing.err());
        assertTrue(failing.err().contains("below their pins"), failing.err());

        Path stale = temp.resolve("stale.tsv");
        Files.writeString(stale, "q99\t0.500\t0.500\t0.500\n");
        CliRun staleRun = CliRun.pfocr("eval", "--index", index, "--queries", queries, "--qrels", qrels,
                "--regression", stale.toString());
        assertEquals(2, staleRun.exitCode(), staleRun.err());
        assertTrue(staleRun.err().startsWith("pfocr: error: " + stale + " pins queries that " + queries
                + " does not have (q99)"), staleRun.err());
        assertEquals("", staleRun.out(), "refused before any query runs");

        Path unjudged = temp.resolve("unjudged.tsv");
        Files.writeString(unjudged, "q01\tRANKL\nq00\tSTAT3\n");
        CliRun unjudgedRun = CliRun.pfocr("eval", "--index", index, "--queries", unjudged.toString(), "--qrels", qrels);
        assertEquals(2, unjudgedRun.exitCode(), unjudgedRun.err());
        assertTrue(unjudgedRun.err().startsWith("pfocr: error: judged query q00 (STAT3) has no figure judged relevant"),
                unjudgedRun.err());
    }

    @Test
    void evalWarnsOfFiguresJudgedRelevantThatTheIndexDoesNotHold() throws Exception {
        Path relevance = Path.of(System.getProperty("pfocr.testdata", "../../testdata"), "relevance");
        Path qrels = temp.resolve("typo-qrels.txt");
        Files.writeString(qrels, Files.readString(relevance.resolve("qrels.txt")) + "q01 0 PMC0__not-indexed 2\n");
        CliRun run = CliRun.pfocr("eval", "--index", index, "--queries", relevance.resolve("queries.tsv").toString(),
                "--qrels", qrels.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("pfocr: warning: " + qrels + ": 1 figure(s) judged relevant are not in the index"
                + " (PMC0__not-indexed): their queries cannot reach full scores; check that the judgments are for this"
                + " index"), run.errLines());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
