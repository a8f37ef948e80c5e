package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.enrich.EnrichRequest;
import org.pfocr.enrich.EnrichResults;
import org.pfocr.enrich.EnrichedFigure;
import org.pfocr.enrich.Hypergeometric;
import org.pfocr.enrich.ResolvedName;
import org.pfocr.enrich.SimilarFigure;
import org.pfocr.enrich.SimilarRequest;
import org.pfocr.enrich.SimilarResults;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.query.QueryException;
import org.pfocr.results.Hit;

/** Enrichment and similar figures on an index of the bundled testdata (human, mouse and other figures). */
class EnrichTestdataTest {

    private static final String HUMAN_IL6 = "PMC0001001__jhs-08-1012-g003";

    @TempDir
    static Path indexDir;
    private static FigureSearcher searcher;
    /** Every figure's gene symbols and organisms, read through search, not through enrichment. */
    private static Map<String, Hit> figures;

    @BeforeAll
    static void buildIndex() throws Exception {
        TestIndexes.index(indexDir, List.of(TestIndexes.testdata().resolve("figures")));
        searcher = FigureSearcher.open(indexDir);
        figures = hits("*:*");
    }

    @AfterAll
    static void close() throws Exception {
        if (searcher != null) {
            searcher.close();
        }
    }

    private static Map<String, Hit> hits(String query) throws Exception {
        Map<String, Hit> hits = new HashMap<>();
        searcher.search(SearchRequest.of(query).withLimit(1000)).hits().forEach(hit -> hits.put(hit.figid(), hit));
        return hits;
    }

    private static EnrichResults enrich(EnrichRequest request) throws Exception {
        return searcher.enrich(request);
    }

    private static ResolvedName name(EnrichResults results, String name) {
        return results.resolution().names().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void namesResolveThroughSymbolsIdsAliasesFamiliesAndFigureWords() throws Exception {
        EnrichResults results = enrich(EnrichRequest.of(List.of("STAT3", "Stat3", "stat3", "IL-6", "3569", "RANKL",
                "TCF/LEF", "gp130", "NOTAGENE", " ")));
        assertEquals(List.of("STAT3"), name(results, "STAT3").symbols());
        assertEquals(List.of("Stat3"), name(results, "Stat3").symbols(), "an exact symbol wins");
        assertEquals(List.of("STAT3", "Stat3"), name(results, "stat3").symbols());
        assertEquals(List.of("IL6", "Il6"), name(results, "IL-6").symbols());
        assertEquals(ResolvedName.Via.SYMBOL, name(results, "IL-6").via());
        assertEquals(List.of("IL6"), name(results, "3569").symbols());
        assertEquals(ResolvedName.Via.ENTREZ, name(results, "3569").via());
        assertEquals(List.of("TNFSF11"), name(results, "RANKL").symbols());
        assertEquals(ResolvedName.Via.ALIAS, name(results, "RANKL").via());
        assertEquals(List.of("LEF1", "TCF7", "TCF7L1", "TCF7L2"), name(results, "TCF/LEF").symbols());
        assertEquals(ResolvedName.Via.FAMILY, name(results, "TCF/LEF").via());
        assertEquals(List.of("IL6ST"), name(results, "gp130").symbols());
        assertEquals(ResolvedName.Via.FIGURE_WORD, name(results, "gp130").via());
        assertEquals(List.of("NOTAGENE"), results.resolution().unresolved());
        assertEquals(Set.of("stat3", "IL-6", "TCF/LEF"),
                results.resolution().ambiguous().stream().map(ResolvedName::name).collect(Collectors.toSet()));
        assertEquals(9, results.resolution().names().size(), "blank names are skipped");
        assertEquals(List.of("STAT3", "Stat3", "IL6", "Il6", "TNFSF11", "LEF1", "TCF7", "TCF7L1", "TCF7L2", "IL6ST"),
                results.resolution().symbols());
    }

    @Test
    void pValuesOverlapsAndSetSizesAreThoseOfEachFigure() throws Exception {
        List<String> list = List.of("IL6", "STAT3", "JAK1", "IL6ST", "SOCS3", "TNFSF11", "MAPK1");
        EnrichResults results = enrich(EnrichRequest.of(list).withMinOverlap(1).withLimit(100));
        assertEquals(figures.values().stream().flatMap(h -> h.genes().stream()).distinct().count(),
                results.background(), "the default background is every gene of the index");
        assertEquals(figures.values().stream().filter(h -> !h.genes().isEmpty()).count(), results.tested());
        assertFalse(results.figures().isEmpty());
        for (EnrichedFigure figure : results.figures()) {
            List<String> genes = figures.get(figure.figid()).genes();
            assertEquals(new TreeSet<>(genes).size(), figure.geneSetSize(), figure.figid());
            List<String> shared = genes.stream().filter(list::contains).sorted().toList();
            assertEquals(shared, figure.overlapGenes(), figure.figid());
            assertEquals(figure.overlapGenes().size(), figure.overlap());
            double p = Hypergeometric.upperTail(figure.overlap(), results.background(), figure.geneSetSize(),
                    list.size());
            assertEquals(p, figure.p(), 1e-12 * p, figure.figid());
            assertTrue(figure.q() >= figure.p() && figure.q() <= 1, figure.figid());
        }
        assertEquals(HUMAN_IL6, results.figures().get(0).figid());
        assertEquals(list.size(), results.listSize());
    }

    @Test
    void organismRestrictsFiguresAndBackground() throws Exception {
        Map<String, Hit> mouse = hits("organism:mouse");
        EnrichResults results = enrich(EnrichRequest.of(List.of("Il6", "Stat3", "IL6", "STAT3"))
                .withOrganism("mouse").withMinOverlap(1));
        assertEquals("Mus musculus", results.organism());
        assertEquals(mouse.values().stream().flatMap(h -> h.genes().stream()).distinct().count(), results.background());
        assertEquals(mouse.values().stream().filter(h -> !h.genes().isEmpty()).count(), results.tested());
        assertEquals(List.of("IL6", "STAT3"), results.outsideBackground());
        assertEquals(2, results.listSize());
        assertFalse(results.figures().isEmpty());
        results.figures().forEach(f -> assertTrue(mouse.containsKey(f.figid()), f.figid() + " is not a mouse figure"));
        assertEquals(results.organism(), enrich(EnrichRequest.of(List.of("Il6")).withOrganism("10090")).organism());
    }

    @Test
    void queryRestrictsTheFiguresTested() throws Exception {
        Map<String, Hit> osteoclast = hits("osteoclast");
        List<String> list = List.of("TNFSF11", "TNFRSF11A", "TNFRSF11B", "NFKB1", "RELA");
        EnrichResults restricted = enrich(EnrichRequest.of(list).withQuery("osteoclast").withMinOverlap(1));
        EnrichResults all = enrich(EnrichRequest.of(list).withMinOverlap(1));
        assertEquals("osteoclast", restricted.query());
        assertEquals(osteoclast.values().stream().filter(h -> !h.genes().isEmpty()).count(), restricted.tested());
        assertTrue(restricted.tested() < all.tested());
        assertFalse(restricted.figures().isEmpty());
        restricted.figures().forEach(f -> assertTrue(osteoclast.containsKey(f.figid()), f.figid()));
        assertTrue(all.figures().stream().anyMatch(f -> !osteoclast.containsKey(f.figid())),
                "the unrestricted run should list a figure the query excludes");
        EnrichedFigure first = restricted.figures().get(0);
        EnrichedFigure same = all.figures().stream().filter(f -> f.figid().equals(first.figid())).findFirst()
                .orElseThrow();
        assertEquals(same.p(), first.p(), "p does not depend on the filter");
        assertTrue(first.q() <= same.q(), "fewer tests, smaller q");
    }

    @Test
    void minOverlapMaxFdrAndLimitCutTheList() throws Exception {
        List<String> list = List.of("IL6", "STAT3", "JAK1", "IL6ST", "TNFSF11", "MAPK1", "MAPK3", "TCF7L2", "LEF1");
        EnrichResults loose = enrich(EnrichRequest.of(list).withMinOverlap(1).withLimit(100));
        EnrichResults strict = enrich(EnrichRequest.of(list).withLimit(100));
        assertTrue(loose.figures().stream().anyMatch(f -> f.overlap() == 1));
        assertEquals(loose.figures().stream().filter(f -> f.overlap() >= 2).map(EnrichedFigure::figid).toList(),
                strict.figures().stream().map(EnrichedFigure::figid).toList());
        assertEquals(loose.tested(), strict.tested(), "figures below the minimum overlap are still tested");
        double cut = loose.figures().get(loose.figures().size() / 2).q();
        EnrichResults fdr = enrich(EnrichRequest.of(list).withMinOverlap(1).withMaxFdr(cut).withLimit(100));
        assertEquals(loose.figures().stream().filter(f -> f.q() <= cut).count(), fdr.total());
        EnrichResults one = enrich(EnrichRequest.of(list).withMinOverlap(1).withLimit(1));
        assertEquals(1, one.figures().size());
        assertEquals(loose.total(), one.total());
        assertEquals(loose.figures().get(0), one.figures().get(0));
    }

    @Test
    void explicitBackgroundIsUsedAndChecked() throws Exception {
        List<String> list = List.of("IL6", "STAT3", "JAK1");
        EnrichResults results = enrich(EnrichRequest.of(list).withBackground(20000));
        assertEquals(20000, results.background());
        EnrichedFigure top = results.figures().get(0);
        assertEquals(Hypergeometric.upperTail(top.overlap(), 20000, top.geneSetSize(), 3), top.p(), 1e-12 * top.p());
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> enrich(EnrichRequest.of(list).withBackground(5)));
        assertTrue(tooSmall.getMessage().contains("background of 5 genes"), tooSmall.getMessage());
    }

    @Test
    void unknownOrganismAndBadQueryAreReported() {
        IllegalArgumentException organism = assertThrows(IllegalArgumentException.class,
                () -> enrich(EnrichRequest.of(List.of("IL6")).withOrganism("Felis catus")));
        assertTrue(organism.getMessage().contains("Homo sapiens"), organism.getMessage());
        assertThrows(QueryException.class,
                () -> enrich(EnrichRequest.of(List.of("IL6")).withQuery("genes:(STAT3 AND")));
    }

    @Test
    void emptyListTestsNothingButStillAnswers() throws Exception {
        EnrichResults results = enrich(EnrichRequest.of(List.of("NOTAGENE")));
        assertEquals(0, results.listSize());
        assertTrue(results.figures().isEmpty());
        assertEquals(List.of("NOTAGENE"), results.resolution().unresolved());
    }

    @Test
    void similarListsOtherFiguresWithTheirSharedGenes() throws Exception {
        SimilarResults results = searcher.similar(SimilarRequest.of(HUMAN_IL6).withLimit(100)).orElseThrow();
        assertEquals(new TreeSet<>(figures.get(HUMAN_IL6).genes()).size(), results.geneSetSize());
        assertFalse(results.figures().isEmpty());
        List<String> seedGenes = figures.get(HUMAN_IL6).genes();
        double previous = Double.MAX_VALUE;
        for (SimilarFigure figure : results.figures()) {
            assertFalse(figure.figid().equals(HUMAN_IL6), "the figure itself is listed");
            assertEquals(figures.get(figure.figid()).genes().stream().filter(seedGenes::contains).sorted().toList(),
                    figure.sharedGenes(), figure.figid());
            assertEquals(figure.sharedGenes().isEmpty(), figure.p() == 1.0, figure.figid());
            assertTrue(figure.score() <= previous, "not sorted by score at " + figure.figid());
            previous = figure.score();
        }
        assertTrue(searcher.similar(SimilarRequest.of("PMC0__nothing")).isEmpty());
    }

    @Test
    void aFigureWithoutGenesIsLikeOthersByItsTextAlone(@TempDir Path work) throws Exception {
        Path source = copy(TestIndexes.testdata().resolve("figures"), work.resolve("figures"));
        String noGenes = "PMC0009999__no-genes-f1";
        Path record = source.resolve("_figures").resolve(HUMAN_IL6 + ".md");
        Files.writeString(record.resolveSibling(noGenes + ".md"), Files.readString(record).replace(HUMAN_IL6, noGenes));
        try (FigureSearcher withIt = FigureSearcher.open(TestIndexes.index(work.resolve("index"), List.of(source)))) {
            SimilarResults results = withIt.similar(SimilarRequest.of(noGenes)).orElseThrow();

            assertEquals(0, results.geneSetSize());
            assertEquals(HUMAN_IL6, results.figures().getFirst().figid(), "the figure with the same text first");
            assertEquals(1.0, results.figures().getFirst().score(), 1e-9);
            double previous = Double.MAX_VALUE;
            for (SimilarFigure figure : results.figures()) {
                assertTrue(figure.score() > 0 && figure.score() <= previous, figure.figid() + " " + figure.score());
                assertTrue(figure.sharedGenes().isEmpty(), figure.figid());
                previous = figure.score();
            }
        }
    }

    @Test
    void removedFiguresLeaveTheGeneSetsAfterAnUpdate(@TempDir Path work) throws Exception {
        Path source = copy(TestIndexes.testdata().resolve("figures"), work.resolve("figures"));
        Path index = TestIndexes.index(work.resolve("index"), List.of(source));
        try (FigureSearcher updated = FigureSearcher.open(index)) {
            EnrichRequest request = EnrichRequest.of(List.of("IL6", "STAT3", "IL6ST")).withMinOverlap(1);
            EnrichResults before = updated.enrich(request);
            assertTrue(before.figures().stream().anyMatch(f -> f.figid().equals(HUMAN_IL6)));
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(HUMAN_IL6)).toList()) {
                    Files.delete(file);
                }
            }
            IndexOptions update = IndexOptions.rebuild(index, List.of(source)).withUpdate(true);
            new FigureIndexer(update, IndexListener.SILENT).run();
            assertTrue(updated.refresh());
            EnrichResults after = updated.enrich(request);
            assertEquals(before.tested() - 1, after.tested());
            assertTrue(after.figures().stream().noneMatch(f -> f.figid().equals(HUMAN_IL6)));
            assertTrue(after.background() < before.background(), "its genes no other figure has are gone");
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
        return to;
    }
}
