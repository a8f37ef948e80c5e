package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pfocr.query.QueryException;
import org.pfocr.results.Facet;
import org.pfocr.results.FacetCount;
import org.pfocr.results.Figure;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;

/** The searcher's done-when list, on an index of ../shared/pfocr-sample and ../shared/seeds. */
class RealDataSearchTest {

    private static final String SEED = "PMC3101113__cmr-3-177f3";

    private static FigureSearcher searcher;

    @BeforeAll
    static void openSharedIndex() throws Exception {
        searcher = TestIndexes.sharedSearcher();
    }

    private static SearchResults all(String query) throws Exception {
        return searcher.search(SearchRequest.of(query).withLimit(1000));
    }

    /** {@code query} finds some figures, and each of {@code sameAs} finds exactly those. */
    private static void assertSameFigures(String query, String... sameAs) throws Exception {
        Set<String> expected = figids(query);
        assertFalse(expected.isEmpty(), query);
        for (String other : sameAs) {
            assertEquals(expected, figids(other), other);
        }
    }

    private static Set<String> figids(String query) throws Exception {
        Set<String> figids = new TreeSet<>();
        for (Hit hit : all(query).hits()) {
            figids.add(hit.figid());
        }
        return figids;
    }

    @Test
    void genesAndOrganismFiltersAgreeWithTheRecords() throws Exception {
        SearchResults results = all("genes:STAT3 AND organism:human");
        assertFalse(results.hits().isEmpty());
        for (Hit hit : results.hits()) {
            assertTrue(hit.genes().contains("STAT3"), hit.figid() + " has no STAT3: " + hit.genes());
            assertTrue(hit.organisms().contains("Homo sapiens"), hit.figid() + " is not human: " + hit.organisms());
        }
        assertTrue(figids("genes:STAT3 AND organism:human").contains(SEED));
        assertEquals(results.total(), results.hits().size());
    }

    @Test
    void wildcardsJoinHyphenatedWordsAsTheIndexDoes() throws Exception {
        assertSameFigures("IL6*", "IL-6*");
        assertSameFigures("NFkB*", "NF-kB*", "NF-κB*");
    }

    @Test
    void exclusionsAloneExcludeFromEveryFigure() throws Exception {
        Set<String> every = figids("*:*");
        Set<String> stat3 = figids("genes:STAT3");
        assertFalse(stat3.isEmpty());
        Set<String> others = new TreeSet<>(every);
        others.removeAll(stat3);
        assertEquals(others, figids("NOT genes:STAT3"));
        assertEquals(others, figids("-genes:STAT3"));
        Set<String> humanWithoutStat3 = new TreeSet<>(figids("organism:human"));
        humanWithoutStat3.removeAll(stat3);
        assertFalse(humanWithoutStat3.isEmpty());
        assertEquals(humanWithoutStat3, figids("organism:human AND (NOT genes:STAT3)"), "a nested exclusion too");
    }

    @Test
    void officialSymbolFindsTheAliasInTheCaptionAndMarksIt() throws Exception {
        List<Hit> top = searcher.search(SearchRequest.of("TNFSF11").withLimit(5)).hits();
        Hit seed = top.stream().filter(h -> h.figid().equals(SEED)).findFirst()
                .orElseThrow(() -> new AssertionError(SEED + " not in top 5: " + top));
        assertTrue(seed.snippet().matchedTexts().contains("RANKL"), "snippet: " + seed.snippet());
    }

    @Test
    void captionFieldIsExpandedWithSynonyms() throws Exception {
        assertTrue(figids("caption:TNFSF11").contains(SEED));
    }

    @Test
    void hyphenatedAndJoinedSpellingsFindTheSameFigures() throws Exception {
        Set<String> joined = figids("caption:IL6");
        assertFalse(joined.isEmpty());
        assertEquals(joined, figids("caption:\"IL-6\""));
        for (Hit hit : all("caption:IL6").hits()) {
            if (hit.snippet().text().contains("IL-6")) {
                assertTrue(hit.snippet().matchedTexts().contains("IL-6"), hit.figid() + ": " + hit.snippet());
            }
        }
        Hit seed = all("caption:IL6").hits().stream().filter(h -> h.figid().equals(SEED)).findFirst().orElseThrow();
        assertTrue(seed.snippet().matchedTexts().contains("IL-6"), seed.snippet().toString());
    }

    @Test
    void organismCommonScientificAndTaxonNamesFindTheSameFigures() throws Exception {
        assertSameFigures("organism:mouse", "organism:\"Mus musculus\"", "organism:10090");
    }

    @Test
    void familyNameFindsFiguresAnnotatedWithItsMembers() throws Exception {
        Set<String> erk = figids("genes:ERK");
        Set<String> members = figids("genes:MAPK1 OR genes:MAPK3");
        assertFalse(members.isEmpty());
        assertTrue(erk.containsAll(members), "missing: " + difference(members, erk));
    }

    @Test
    void nfKappaBSpellingsFindTheSameFigures() throws Exception {
        assertSameFigures("NF-κB", "NF-kappaB", "NF-kB");
    }

    @Test
    void yearRangeKeepsOnlyThoseYearsAndYearSortOrdersThem() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("year:[2010 TO 2012]").withLimit(1000)
                .withSort(SortOrder.YEAR));
        assertFalse(results.hits().isEmpty());
        Integer previous = Integer.MAX_VALUE;
        for (Hit hit : results.hits()) {
            assertTrue(hit.year() >= 2010 && hit.year() <= 2012, hit.figid() + " " + hit.year());
            assertTrue(hit.year() <= previous, "not newest first at " + hit.figid());
            previous = hit.year();
        }
        assertEquals(figids("year:[2010 TO 2012]"), figids("year:>=2010 AND year:<=2012"));
    }

    @Test
    void syntaxErrorNamesThePosition() {
        QueryException error = assertThrows(QueryException.class, () -> all("genes:(STAT3 AND"));
        assertEquals(QueryException.Kind.SYNTAX, error.kind());
        assertEquals("genes:(STAT3 AND".length(), error.position());
    }

    @Test
    void aBoostWithoutANumberSaysSo() {
        for (String query : List.of("STAT3^-1", "a^abc")) {
            QueryException error = assertThrows(QueryException.class, () -> all(query));
            assertEquals(QueryException.Kind.SYNTAX, error.kind());
            assertEquals("'^' needs a number after it", error.problem(), query);
            assertEquals(query.indexOf('^') + 1, error.position(), query);
        }
        QueryException unclosed = assertThrows(QueryException.class, () -> all("\"unclosed"));
        assertEquals("unterminated quote, bracket or escape", unclosed.problem());
    }

    @Test
    void unknownFieldListsTheFields() {
        QueryException error = assertThrows(QueryException.class, () -> all("colour:red"));
        assertEquals(QueryException.Kind.UNKNOWN_FIELD, error.kind());
        assertEquals(0, error.position());
        assertTrue(error.getMessage().contains("caption") && error.getMessage().contains("organism"), error.getMessage());
    }

    @Test
    void organismFacetOverAllFiguresAgreesWithStats() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("*:*").withLimit(0).withFacets(true)
                .withFacetLimit(1000));
        assertEquals(57, results.total());
        Facet organisms = results.facets().stream().filter(f -> f.dimension().equals("organism")).findFirst().orElseThrow();
        Map<String, Integer> stats = searcher.stats().organisms();
        assertEquals(stats.size(), organisms.values().size());
        for (FacetCount value : organisms.values()) {
            assertEquals(stats.get(value.value()), value.count(), value.value());
            assertEquals(value.count(), all("*:*").hits().stream()
                    .filter(h -> h.organisms().contains(value.value())).count(), value.value());
        }
    }

    @Test
    void drillDownKeepsOnlyFiguresWithTheFacetValue() throws Exception {
        SearchResults human = searcher.search(SearchRequest.of("*:*").withLimit(1000)
                .withFilter("organism", "Homo sapiens"));
        assertFalse(human.hits().isEmpty());
        human.hits().forEach(h -> assertTrue(h.organisms().contains("Homo sapiens"), h.figid()));
    }

    @Test
    void tiesAreBrokenByFigidSoPagesAreStable() throws Exception {
        List<String> whole = new ArrayList<>();
        all("*:*").hits().forEach(h -> whole.add(h.figid()));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 7) {
            searcher.search(SearchRequest.of("*:*").withOffset(offset).withLimit(7)).hits()
                    .forEach(h -> paged.add(h.figid()));
        }
        assertEquals(whole, paged);
        assertEquals(new ArrayList<>(new TreeSet<>(whole)), whole, "equal scores must be ordered by figid");
    }

    @Test
    void getReturnsTheWholeRecordWithGeneWords() throws Exception {
        Figure seed = searcher.get(SEED).orElseThrow();
        assertEquals(Integer.valueOf(2011), seed.year());
        assertTrue(seed.genes().stream().anyMatch(g -> "RANKL".equals(g.word()) && "TNFSF11".equals(g.symbol())));
        assertTrue(searcher.get("no-such-figure").isEmpty());
    }

    @Test
    void everyHitSaysWhichFieldsMatched() throws Exception {
        for (Hit hit : all("genes:STAT3").hits()) {
            assertTrue(hit.matchedFields().contains("genes"), hit.figid() + " " + hit.matchedFields());
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
