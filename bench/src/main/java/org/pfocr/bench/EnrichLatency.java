package org.pfocr.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;
import org.pfocr.enrich.EnrichRequest;
import org.pfocr.enrich.EnrichResults;
import org.pfocr.query.QueryException;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;
import org.pfocr.search.FigureSearcher;

/**
 * Latency of gene-set enrichment: gene lists of a fixed size drawn with a fixed seed from the
 * index's own gene symbols (the gene facet's values) (so every name resolves and overlaps are realistic), enriched over
 * every figure, and again restricted by a query; warm-up rounds dropped.
 */
final class EnrichLatency {

    /**
     * The latency of one kind of enrichment.
     *
     * @param label what was enriched
     * @param p50 median wall time, in milliseconds
     * @param p95 95th percentile, in milliseconds
     * @param p99 99th percentile, in milliseconds
     * @param enrichments enrichments timed
     * @param tested figures tested by the last one
     */
    record Row(String label, double p50, double p95, double p99, int enrichments, int tested) {
    }

    private static final int LISTS = 20;
    private static final String FILTER = "apoptosis";

    private EnrichLatency() {
    }

    /** Runs {@code warmUp} untimed rounds over the lists, then {@code rounds} timed ones, with and without a query filter. */
    static List<Row> run(Path index, int listSize, int warmUp, int rounds) throws IOException, QueryException {
        List<List<String>> lists = lists(index, listSize);
        List<Row> rows = new ArrayList<>();
        try (FigureSearcher searcher = FigureSearcher.open(index)) {
            rows.add(time(searcher, lists.stream().map(EnrichRequest::of).toList(),
                    listSize + " genes, all figures", warmUp, rounds));
            rows.add(time(searcher, lists.stream().map(list -> EnrichRequest.of(list).withQuery(FILTER)).toList(),
                    listSize + " genes, --query " + FILTER, warmUp, rounds));
        }
        return rows;
    }

    private static Row time(FigureSearcher searcher, List<EnrichRequest> requests, String label, int warmUp, int rounds)
            throws IOException, QueryException {
        for (int round = 0; round < warmUp; round++) {
            for (EnrichRequest request : requests) {
                searcher.enrich(request);
            }
        }
        long[] nanos = new long[rounds * requests.size()];
        int timed = 0;
        int tested = 0;
        for (int round = 0; round < rounds; round++) {
            for (EnrichRequest request : requests) {
                long start = System.nanoTime();
                EnrichResults results = searcher.enrich(request);
                nanos[timed++] = System.nanoTime() - start;
                tested = results.tested();
                if (!results.resolution().unresolved().isEmpty()) {
                    throw new IllegalStateException("unresolved genes: " + results.resolution().unresolved());
                }
            }
        }
        Arrays.sort(nanos);
        return new Row(label, GroupLatency.percentile(nanos, 50), GroupLatency.percentile(nanos, 95),
                GroupLatency.percentile(nanos, 99), nanos.length, tested);
    }

    /** {@value #LISTS} lists of {@code size} distinct gene symbols of the index, drawn with seed 1. */
    private static List<List<String>> lists(Path index, int size) throws IOException {
        List<String> symbols = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            SortedSetDocValuesReaderState facets = new DefaultSortedSetDocValuesReaderState(reader, FigureFacets.config());
            OrdRange genes = facets.getOrdRange(FigureFields.FACET_GENE);
            SortedSetDocValues values = facets.getDocValues();
            for (int ord = genes == null ? 0 : genes.start(); genes != null && ord <= genes.end(); ord++) {
                String path = values.lookupOrd(ord).utf8ToString(); // dimension, separator, symbol
                symbols.add(path.substring(FigureFields.FACET_GENE.length() + 1));
            }
        }
        if (symbols.size() < size) {
            throw new IllegalArgumentException("the index has " + symbols.size() + " gene symbols, fewer than " + size);
        }
        Random random = new Random(1);
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < LISTS; i++) {
            Collections.shuffle(symbols, random);
            lists.add(List.copyOf(symbols.subList(0, size)));
        }
        return lists;
    }
}
