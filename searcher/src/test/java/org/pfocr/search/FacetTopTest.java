package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.pfocr.results.Facet;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;

/**
 * {@link FacetTop} gives the facets that counting every hit's values gives (values, counts, ties
 * in value order), on random indexes of three segments with deleted
 * figures, skewed values (some in most figures, many in one or two, so that values are kept both as
 * bit sets and as lists), for random hits of every density and hits that follow one value's figures.
 */
class FacetTopTest {

    private static final int FIGURES = 3_000;
    private static final int GENES = 1_500;
    private static final int[] LIMITS = {1, 2, 3, 10, 1000, Integer.MAX_VALUE};
    private static final double[] DENSITIES = {0, 0.0005, 0.01, 0.1, 0.125, 0.3, 0.7, 0.99, 1};

    @Test
    void topValuesAreThoseOfCountingEveryHit() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            try (Directory directory = randomIndex(random); DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(3, reader.leaves().size());
                assertTrue(reader.hasDeletions());
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FigureFacets.config());
                FacetOrdinalCounter counter = new FacetOrdinalCounter(state, reader);
                counter.tables();
                FacetOrdinalCounter.Tables tables = counter.tables();
                assertNotNull(tables);
                IndexSearcher searcher = new IndexSearcher(reader);
                List<FixedBitSet[]> hitSets = new ArrayList<>();
                for (double density : DENSITIES) {
                    hitSets.add(randomHits(reader, density, random));
                }
                for (String gene : List.of("g0", "g1", "g7", "g40", "g" + (GENES - 1))) {
                    hitSets.add(MatchingFigures.of(searcher, new TermQuery(new Term("gene", gene)), () -> false)
                            .bySegment());
                }
                for (FixedBitSet[] hits : hitSets) {
                    int[] everyHitsValues = counter.count(hits, tables.byDocument());
                    for (int limit : LIMITS) {
                        List<Facet> expected = FacetCounter.top(counter, everyHitsValues, limit);
                        assertEquals(expected, FacetTop.top(counter, tables.byValue(), hits, limit),
                                "seed " + seed + ", " + count(hits) + " hits, " + limit + " values");
                    }
                }
            }
        }
    }

    /**
     * Below an eighth of the figures, the sample's counts choose: hits that share their genes (a
     * sixteenth of the figures, all with the same twenty genes besides their own) go to
     * {@link FacetTop}, which reads those twenty values and stops; as many hits spread over the
     * genes as the figures are (every value with a few hits) go to counting every hit's values,
     * which {@link FacetTop} would outlast by reading every gene. The facets are the same either way.
     */
    @Test
    void theSampleSendsHitsThatShareTheirGenesToFacetTopAndSpreadHitsToTheCount() throws Exception {
        int figures = 6_400;
        Random random = new Random(7);
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < figures; i++) {
                Document doc = new Document();
                doc.add(new StringField("group", i % 16 == 0 ? "shared" : i % 16 == 1 ? "spread" : "other",
                        Field.Store.NO));
                for (int g = 0; g < 30; g++) {
                    doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, "g" + random.nextInt(3_000)));
                }
                for (int g = 0; i % 16 == 0 && g < 20; g++) {
                    doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, "shared" + g));
                }
                writer.addDocument(FigureFacets.config().build(doc));
            }
        }
        try (directory; DirectoryReader reader = DirectoryReader.open(directory)) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FigureFacets.config());
            FacetOrdinalCounter counter = new FacetOrdinalCounter(state, reader);
            counter.tables();
            FacetOrdinalCounter.Tables tables = counter.tables();
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String group : List.of("shared", "spread")) {
                MatchingFigures hits = MatchingFigures.of(searcher, new TermQuery(new Term("group", group)), () -> false);
                assertFalse(FacetTop.worthIt(hits.count(), figures), group);
                FacetOrdinalCounter.Sample sample = counter.sample(hits.bySegment(), tables.byDocument());
                assertEquals(group.equals("shared"),
                        FacetTop.cheaperThanCounting(counter, tables.byValue(), sample, hits.count(), 10), group);
                List<Facet> expected = FacetCounter.top(counter, counter.count(hits.bySegment(), null), 10);
                assertEquals(expected, FacetCounter.count(counter, hits, 10), group);
                List<Facet> all = FacetCounter.top(counter, counter.count(hits.bySegment(), null), Integer.MAX_VALUE);
                assertEquals(all, FacetCounter.count(counter, hits, Integer.MAX_VALUE), group + ", every value");
            }
        }
    }

    private static long count(FixedBitSet[] hits) {
        long count = 0;
        for (FixedBitSet bits : hits) {
            count += bits.cardinality();
        }
        return count;
    }

    /** Each figure's documents with probability {@code density}, deleted ones left out. */
    private static FixedBitSet[] randomHits(DirectoryReader reader, double density, Random random) {
        FixedBitSet[] hits = new FixedBitSet[reader.leaves().size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            for (int doc = 0; doc < bits.length(); doc++) {
                if (random.nextDouble() < density && (live == null || live.get(doc))) {
                    bits.set(doc);
                }
            }
            hits[leaf.ord] = bits;
        }
        return hits;
    }

    /**
     * Figures with skewed values in every dimension (gene {@code gN} is about N times rarer than
     * {@code g0}), in three segments, a few of each deleted.
     */
    private static Directory randomIndex(Random random) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setMaxBufferedDocs(FIGURES / 3)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < FIGURES; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                for (int organisms = random.nextInt(3), o = 0; o < organisms; o++) {
                    doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_ORGANISM, "o" + skewed(random, 6)));
                }
                doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_YEAR, Integer.toString(2000 + random.nextInt(25))));
                if (random.nextInt(10) > 0) {
                    doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_JOURNAL, "j" + skewed(random, 300)));
                }
                for (int genes = random.nextInt(40), g = 0; g < genes; g++) {
                    String gene = "g" + skewed(random, GENES);
                    doc.add(new StringField("gene", gene, Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(FigureFields.FACET_GENE, gene));
                }
                writer.addDocument(FigureFacets.config().build(doc));
            }
            for (int i = 0; i < FIGURES; i += 1 + random.nextInt(40)) {
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
            }
        }
        return directory;
    }

    /** A number from 0 to {@code values - 1}, {@code n} about {@code n + 1} times rarer than 0. */
    private static int skewed(Random random, int values) {
        return (int) Math.min(values - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(values)) - 1));
    }
}
