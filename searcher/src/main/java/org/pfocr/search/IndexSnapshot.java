package org.pfocr.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.analysis.SynonymMapCodec;
import org.pfocr.enrich.GeneSetIndex;
import org.pfocr.index.IndexMetadata;
import org.pfocr.query.QueryAnalyzers;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureSchema;

/**
 * One commit of the index as searches see it: the reader, the metadata written with it, and the
 * query analyzer built from the synonyms of that same commit. Searches read it through a view
 * that stops at the calling thread's {@link SearchDeadlines time limit}. The query analyzer, the
 * facet state and counter, the figid order and the gene sets are made when first needed.
 */
final class IndexSnapshot {

    private final Path directory;
    private final DirectoryReader reader;
    private final SearchDeadlines deadlines = new SearchDeadlines();
    private final DirectoryReader timedReader;
    private final IndexMetadata metadata;
    private final Analyzer indexAnalyzer = IndexAnalyzers.create();
    /** Decoding the synonyms takes a while, and only commands that parse queries need them. */
    private final Lazy<Analyzer, RuntimeException> queryAnalyzer;
    private final Lazy<SortedSetDocValuesReaderState, IOException> facetState;
    private final Lazy<FacetOrdinalCounter, IOException> facetCounter;
    private final Lazy<GeneSetIndex, IOException> geneSets;
    private final Lazy<FieldInfos, RuntimeException> fieldInfos;
    private final FromSecondUse<FigidOrder, IOException> figidOrder;

    private IndexSnapshot(Path directory, DirectoryReader reader, IndexMetadata metadata) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.timedReader = ExitableDirectoryReader.wrap(reader, deadlines);
        // Lucene makes a composite reader's context on first use, without a lock: made here, before
        // the snapshot is shared, so that searches starting together all get the same one (a weight
        // made with one context fails on the leaves of another).
        reader.getContext();
        timedReader.getContext();
        this.metadata = metadata;
        this.queryAnalyzer = new Lazy<>(() -> QueryAnalyzers.create(SynonymMapCodec.decode(metadata.synonymMap())));
        this.facetState = new Lazy<>(() -> new DefaultSortedSetDocValuesReaderState(timedReader, FigureFacets.config()));
        this.facetCounter = new Lazy<>(() -> new FacetOrdinalCounter(facetState.get(), reader));
        this.geneSets = new Lazy<>(() -> GeneSetIndex.load(facetState.get(), indexAnalyzer));
        this.fieldInfos = new Lazy<>(() -> FieldInfos.getMergedFieldInfos(reader));
        this.figidOrder = new FromSecondUse<>(() -> FigidOrder.read(reader));
    }

    /**
     * A snapshot of {@code reader}'s commit; takes over the reader (closes it on failure).
     *
     * @throws IndexUnavailableException when the commit is not a pfocr index of this schema
     */
    static IndexSnapshot of(Path directory, DirectoryReader reader) throws IOException {
        try {
            Map<String, String> userData = reader.getIndexCommit().getUserData();
            if (!IndexMetadata.isPfocrIndex(userData)) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.INCOMPATIBLE,
                        directory + " holds a Lucene index that pfocr did not write: point --index elsewhere,"
                                + " or rebuild it with 'pfocr index --index " + directory + " SOURCE...'", null);
            }
            IndexMetadata metadata = readMetadata(directory, reader, userData);
            if (metadata.schemaVersion() != FigureSchema.VERSION) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.INCOMPATIBLE,
                        "the index at " + directory + " has schema " + metadata.schemaVersion() + " (pfocr "
                                + metadata.builtBy() + "); this pfocr reads schema " + FigureSchema.VERSION
                                + ": rebuild it with 'pfocr index --index " + directory + " SOURCE...'", null);
            }
            return new IndexSnapshot(directory, reader, metadata);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * The metadata of {@code reader}'s commit. Its synonym file is read now, not on the first
     * query: an index run deletes the file of the commit before last, so a snapshot can count on
     * it only while its commit is the last or the one before.
     */
    private static IndexMetadata readMetadata(Path directory, DirectoryReader reader, Map<String, String> userData)
            throws IOException {
        try {
            return IndexMetadata.read(reader.directory(), userData);
        } catch (IOException e) {
            throw IndexDamage.isDamage(e) ? IndexDamage.damaged(directory, e) : e;
        }
    }

    Path directory() {
        return directory;
    }

    /** The commit's reader, whose references the {@link SnapshotManager} counts. */
    DirectoryReader reader() {
        return reader;
    }

    /** A searcher over this commit that stops at the calling thread's time limit, if it has one. */
    IndexSearcher searcher() {
        IndexSearcher searcher = new IndexSearcher(timedReader);
        searcher.setTimeout(deadlines);
        return searcher;
    }

    /** The time limits of the searches on this commit. */
    SearchDeadlines deadlines() {
        return deadlines;
    }

    IndexMetadata metadata() {
        return metadata;
    }

    /** The query analyzer, with the synonyms of this commit (decoded on first use). */
    Analyzer queryAnalyzer() {
        return queryAnalyzer.get();
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** Synonym rules in use, by source. */
    Map<String, Integer> synonymCounts() {
        return metadata.synonymCounts();
    }

    /** The facet ordinals of this commit, built on first use. */
    SortedSetDocValuesReaderState facetState() throws IOException {
        return facetState.get();
    }

    /** The facet counter of this commit, made on first use. */
    FacetOrdinalCounter facetCounter() throws IOException {
        return facetCounter.get();
    }

    /**
     * The figid order of this commit, for ranking, from its second ranked search on; {@code null}
     * for the first, since a one-off search (the CLI) would pay more to read it than it saves.
     */
    FigidOrder figidOrderAfterFirstSearch() throws IOException {
        return figidOrder.get();
    }

    /** The fields of this commit's segments, merged; made on first use (the highlighter's, once per commit). */
    FieldInfos fieldInfos() {
        return fieldInfos.get();
    }

    /** The figures' gene sets of this commit, for enrichment; built on first use. */
    GeneSetIndex geneSets() throws IOException {
        return geneSets.get();
    }
}
