package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pfocr.enrich.EnrichRequest;
import org.pfocr.enrich.EnrichResults;
import org.pfocr.enrich.EnrichedFigure;
import org.pfocr.enrich.SimilarFigure;
import org.pfocr.enrich.SimilarRequest;
import org.pfocr.enrich.SimilarResults;
import org.pfocr.results.Figure;

/** The enrichment done-when list, on an index of ../shared/pfocr-sample and ../shared/seeds. */
class RealDataEnrichTest {

    private static final String SEED = "PMC3101113__cmr-3-177f3";
    private static final Set<String> IL6_JAK_STAT = Set.of(SEED, "PMC6071487__cshperspect-CYT-028456_F2",
            "PMC4012967__theoncologist_13407_f1");
    private static final List<String> LIST = List.of("STAT3", "JAK1", "JAK2", "IL6", "IL6R");

    private static FigureSearcher searcher;

    @BeforeAll
    static void openSharedIndex() throws Exception {
        searcher = TestIndexes.sharedSearcher();
    }

    @Test
    void il6JakStatListRanksTheIl6JakStatFiguresFirst() throws Exception {
        EnrichResults results = searcher.enrich(EnrichRequest.of(LIST));
        assertTrue(results.resolution().unresolved().isEmpty(), results.resolution().toString());
        assertEquals(5, results.listSize());
        List<EnrichedFigure> top = results.figures().subList(0, 3);
        assertEquals(IL6_JAK_STAT, top.stream().map(EnrichedFigure::figid).collect(Collectors.toSet()));
        for (EnrichedFigure figure : top) {
            assertTrue(figure.q() < 0.05, figure.figid() + " q = " + figure.q());
            assertEquals(List.of("IL6", "IL6R", "JAK1", "JAK2", "STAT3"), figure.overlapGenes(), figure.figid());
            assertTrue(figure.oddsRatio() > 1, figure.figid());
        }
        for (EnrichedFigure figure : results.figures().subList(3, results.figures().size())) {
            assertTrue(figure.p() >= top.get(2).p(), figure.figid());
        }
    }

    @Test
    void aliasesAndIdsGiveTheSameRanking() throws Exception {
        // IL-6, its NCBI Gene id, the family JAK (JAK1-3, TYK2) and the alias CD126 (IL6R)
        EnrichResults results = searcher.enrich(EnrichRequest.of(List.of("stat3", "JAK", "3569", "CD126")));
        assertTrue(results.resolution().unresolved().isEmpty(), results.resolution().toString());
        assertEquals(IL6_JAK_STAT, results.figures().subList(0, 3).stream().map(EnrichedFigure::figid)
                .collect(Collectors.toSet()));
    }

    @Test
    void humanBackgroundIsTheGenesOfHumanFigures() throws Exception {
        EnrichResults human = searcher.enrich(EnrichRequest.of(LIST).withOrganism("human"));
        long humanGenes = searcher.search(SearchRequest.of("organism:human").withLimit(1000)).hits().stream()
                .flatMap(hit -> hit.genes().stream()).distinct().count();
        assertEquals("Homo sapiens", human.organism());
        assertEquals(humanGenes, human.background());
        EnrichResults all = searcher.enrich(EnrichRequest.of(LIST));
        assertTrue(human.background() < all.background());
        assertTrue(human.tested() < all.tested());
    }

    @Test
    void queryRestrictedEnrichmentKeepsOnlyMatchingFigures() throws Exception {
        Set<String> tocilizumab = searcher.search(SearchRequest.of("tocilizumab").withLimit(1000)).hits().stream()
                .map(hit -> hit.figid()).collect(Collectors.toSet());
        assertFalse(tocilizumab.isEmpty());
        EnrichResults results = searcher.enrich(EnrichRequest.of(LIST).withQuery("tocilizumab"));
        assertEquals(tocilizumab.size(), results.tested());
        assertFalse(results.figures().isEmpty());
        results.figures().forEach(f -> assertTrue(tocilizumab.contains(f.figid()), f.figid()));
    }

    @Test
    void similarFiguresOfTheIl6SeedAreIl6FiguresFirst() throws Exception {
        SimilarResults results = searcher.similar(SimilarRequest.of(SEED)).orElseThrow();
        assertEquals(SimilarRequest.DEFAULT_LIMIT, results.figures().size());
        for (SimilarFigure similar : results.figures().subList(0, 3)) {
            Figure figure = searcher.get(similar.figid()).orElseThrow();
            String text = figure.title() + " " + figure.caption();
            assertTrue(figure.geneSymbols().contains("IL6") && text.contains("IL-6"),
                    similar.figid() + " is no IL-6 figure: " + figure.title());
            assertTrue(similar.sharedGenes().contains("IL6"), similar.figid() + " " + similar.sharedGenes());
        }
        assertTrue(results.figures().stream().noneMatch(f -> f.figid().equals(SEED)));
    }
}
