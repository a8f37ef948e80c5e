package org.pfocr.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.pfocr.enrich.EnrichRequest;
import org.pfocr.enrich.EnrichResults;
import org.pfocr.enrich.SimilarRequest;
import org.pfocr.enrich.SimilarResults;
import org.pfocr.index.IndexMetadata;
import org.pfocr.query.QueryException;
import org.pfocr.results.Figure;
import org.pfocr.results.IndexStats;
import org.pfocr.results.SearchResults;
import org.pfocr.schema.FigureFields;

/**
 * Searches a pfocr index: ranked fielded queries with synonym expansion, caption snippets,
 * facets and paging. Thread-safe: any number of threads may search at once; a search with facets
 * counts them on a second core, if the machine has one, while it ranks. {@link #refresh()}
 * picks up a rebuilt or updated index without closing; searches running meanwhile finish on the
 * index they started with.
 *
 * <pre>{@code
 * try (FigureSearcher searcher = FigureSearcher.open(Path.of("index"))) {
 *     SearchResults results = searcher.search(SearchRequest.of("genes:STAT3 AND organism:human"));
 *     for (Hit hit : results.hits()) {
 *         System.out.println(hit.figid() + " " + hit.title());
 *     }
 * }
 * }</pre>
 */
public final class FigureSearcher implements AutoCloseable {

    private final Path indexDir;
    private final Directory directory;
    private final SnapshotManager snapshots;
    private final HelperThreads helpers = HelperThreads.forThisMachine();

    private FigureSearcher(Path indexDir, Directory directory, SnapshotManager snapshots) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.snapshots = snapshots;
    }

    /**
     * Opens the index in {@code indexDir}, memory-mapped ({@link FileAccess#MAPPED}).
     *
     * @throws IndexUnavailableException when there is no index there, it is damaged, or it was
     *     built for another schema; the message says what to do
     */
    public static FigureSearcher open(Path indexDir) throws IOException {
        return open(indexDir, FileAccess.MAPPED);
    }

    /**
     * Opens the index in {@code indexDir}, reading its files as {@code access} says.
     *
     * @throws IndexUnavailableException when there is no index there, it is damaged, or it was
     *     built for another schema; the message says what to do
     */
    public static FigureSearcher open(Path indexDir, FileAccess access) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw missing(indexDir);
        }
        Directory directory = access.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw missing(indexDir);
            }
            IndexSnapshot snapshot = IndexSnapshot.of(indexDir, openReader(directory, indexDir));
            return new FigureSearcher(indexDir, directory, new SnapshotManager(snapshot));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Runs a search.
     *
     * @throws QueryException when the query cannot be parsed or run as typed
     * @throws IndexUnavailableException when the index turns out to be damaged
     */
    public SearchResults search(SearchRequest request) throws IOException, QueryException {
        return read(snapshot -> SearchRunner.run(snapshot, request, helpers));
    }

    /**
     * The whole stored record of one figure, if the index has it.
     *
     * @throws IndexUnavailableException when the index turns out to be damaged
     */
    public Optional<Figure> get(String figid) throws IOException {
        return read(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            OptionalInt doc = find(searcher, figid);
            return doc.isEmpty() ? Optional.empty()
                    : Optional.of(StoredFigures.figure(searcher.storedFields().document(doc.getAsInt())));
        });
    }

    /**
     * How the score of figure {@code figid} for {@code query} is computed, if the index has it.
     *
     * @throws QueryException when the query cannot be parsed
     */
    public Optional<Explanation> explain(String query, String figid) throws IOException, QueryException {
        return read(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            OptionalInt doc = find(searcher, figid);
            Query parsed = SearchRunner.parse(snapshot, query);
            return doc.isEmpty() ? Optional.empty() : Optional.of(searcher.explain(parsed, doc.getAsInt()));
        });
    }

    /**
     * Gene-set enrichment: which figures' gene sets over-represent a gene list (one-sided Fisher's
     * exact test, Benjamini–Hochberg FDR), optionally among the figures matching a query or of an
     * organism.
     *
     * @throws QueryException when the request's query cannot be parsed or run
     * @throws InvalidRequestException when no figure is of the request's organism, or its
     *     background is too small; the message says what to do
     */
    public EnrichResults enrich(EnrichRequest request) throws IOException, QueryException {
        return read(snapshot -> snapshot.geneSets().enrich(request, text -> SearchRunner.parse(snapshot, text)));
    }

    /**
     * The figures most like one figure, by gene-set overlap and by text, with the genes they
     * share; empty when the index has no figure with the request's figid.
     */
    public Optional<SimilarResults> similar(SimilarRequest request) throws IOException {
        return read(snapshot -> {
            OptionalInt figure = find(snapshot.searcher(), request.figid());
            return figure.isEmpty() ? Optional.empty()
                    : Optional.of(snapshot.geneSets().similar(request, figure.getAsInt()));
        });
    }

    /**
     * What the index holds: figures, genes, organisms, years, synonym sources, schema.
     *
     * @throws IndexUnavailableException when the index turns out to be damaged
     */
    public IndexStats stats() throws IOException {
        return read(snapshot -> {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snapshot.facetState());
            Map<String, Integer> organisms = allValues(counts, FigureFields.FACET_ORGANISM, snapshot);
            Map<String, Integer> years = new LinkedHashMap<>();
            allValues(counts, FigureFields.FACET_YEAR, snapshot).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(Integer::valueOf)))
                    .forEach(e -> years.put(e.getKey(), e.getValue()));
            FacetResult genes = snapshot.facetState().getOrdRange(FigureFields.FACET_GENE) == null
                    ? null : counts.getTopChildren(1, FigureFields.FACET_GENE);
            IndexMetadata metadata = snapshot.metadata();
            return new IndexStats(snapshot.reader().numDocs(), genes == null ? 0 : genes.childCount, organisms,
                    years, snapshot.synonymCounts(), metadata.schemaVersion(), metadata.builtBy(),
                    metadata.committed(), metadata.sources(), sizeOnDisk());
        });
    }

    /**
     * Picks up the index's newest commit, if it changed; searches already running finish on the
     * commit they started with.
     *
     * @return whether a newer commit was found
     * @throws IndexUnavailableException when the newer commit is damaged; searches go on with the
     *     commit they had
     */
    public boolean refresh() throws IOException {
        IndexSnapshot before = snapshots.acquire();
        try {
            try {
                snapshots.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                if (IndexDamage.isDamage(e)) {
                    throw IndexDamage.damaged(indexDir, e);
                }
                throw e;
            }
            IndexSnapshot after = snapshots.acquire();
            try {
                return after != before;
            } finally {
                snapshots.release(after);
            }
        } finally {
            snapshots.release(before);
        }
    }

    /** The index folder. */
    public Path indexDir() {
        return indexDir;
    }

    @Override
    public void close() throws IOException {
        helpers.close();
        try {
            snapshots.close();
        } finally {
            directory.close();
        }
    }

    /** A read of one snapshot, which may fail with {@code E} besides I/O. */
    @FunctionalInterface
    private interface SnapshotRead<T, E extends Exception> {
        T apply(IndexSnapshot snapshot) throws IOException, E;
    }

    /**
     * Runs {@code read} on the current snapshot. A failure that comes from damaged index files
     * (whatever exception Lucene raised on reading them) becomes an
     * {@link IndexUnavailableException} saying to rebuild.
     */
    private <T, E extends Exception> T read(SnapshotRead<T, E> read) throws IOException, E {
        IndexSnapshot snapshot = snapshots.acquire();
        try {
            return read.apply(snapshot);
        } catch (IndexUnavailableException | InvalidRequestException e) {
            throw e;
        } catch (IOException | RuntimeException | AssertionError e) {
            // With assertions on (tests), Lucene's own assertions may be what trips over a damaged file.
            IndexUnavailableException damaged = IndexDamage.diagnose(indexDir, snapshot.reader(), e);
            if (damaged != null) {
                throw damaged;
            }
            throw e;
        } finally {
            snapshots.release(snapshot);
        }
    }

    /** Every value of {@code dimension} with its figure count, most frequent first (ties by value). */
    private static Map<String, Integer> allValues(SortedSetDocValuesFacetCounts counts, String dimension,
            IndexSnapshot snapshot) throws IOException {
        Map<String, Integer> values = new LinkedHashMap<>();
        if (snapshot.facetState().getOrdRange(dimension) == null) {
            return values;
        }
        FacetResult result = counts.getAllChildren(dimension);
        if (result != null) {
            Arrays.stream(result.labelValues)
                    .sorted(Comparator.comparingInt((LabelAndValue v) -> -v.value.intValue())
                            .thenComparing(v -> v.label))
                    .forEach(v -> values.put(v.label, v.value.intValue()));
        }
        return values;
    }

    /** The document of figure {@code figid}, if the index has it. */
    private static OptionalInt find(IndexSearcher searcher, String figid) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(FigureFields.FIGID, figid)), 1);
        return found.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(found.scoreDocs[0].doc);
    }

    private long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static DirectoryReader openReader(Directory directory, Path indexDir) throws IOException {
        try {
            return DirectoryReader.open(directory);
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw new IndexUnavailableException(IndexUnavailableException.Reason.INCOMPATIBLE,
                    "the index at " + indexDir + " was written by another Lucene version: rebuild it with"
                            + " 'pfocr index --index " + indexDir + " SOURCE...'", e);
        } catch (IOException | RuntimeException e) {
            if (IndexDamage.isDamage(e)) {
                throw IndexDamage.damaged(indexDir, e);
            }
            throw e;
        }
    }

    /** The error for a folder without an index, saying how to build one. */
    static IndexUnavailableException missing(Path indexDir) {
        return new IndexUnavailableException(IndexUnavailableException.Reason.MISSING,
                "no index at " + indexDir + ": build one with 'pfocr index --index " + indexDir + " SOURCE...'", null);
    }
}
