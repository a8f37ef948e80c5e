package org.pfocr.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.enrich.GeneSetIndex;
import org.pfocr.index.IndexMetadata;
import org.pfocr.query.QueryAnalyzers;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureSchema;

/**
 * One commit of the index as searches see it: the reader, the metadata written with it, and the
 * query analyzer built from the synonyms of that same commit. Searches read it through a view
 * that stops at the calling thread's {@link SearchDeadlines time limit}. Immutable but for the
 * facet state, its counter and the gene sets, which are built when first needed.
 */
final class IndexSnapshot {

    private final Path directory;
    private final DirectoryReader reader;
    private final SearchDeadlines deadlines = new SearchDeadlines();
    private final DirectoryReader timedReader;
    private final IndexMetadata metadata;
    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer = IndexAnalyzers.create();
    private final Map<String, Integer> synonymCounts;
    private volatile SortedSetDocValuesReaderState facetState;
    /** Set before {@link #facetState} is, whose volatile write publishes it. */
    private FacetOrdinalCounter facetCounter;
    private volatile GeneSetIndex geneSets;

    private IndexSnapshot(Path directory, DirectoryReader reader, IndexMetadata metadata, QuerySynonyms synonyms)
            throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.timedReader = ExitableDirectoryReader.wrap(reader, deadlines);
        this.metadata = metadata;
        this.queryAnalyzer = QueryAnalyzers.create(synonyms.map());
        this.synonymCounts = synonyms.counts();
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
            IndexMetadata metadata = IndexMetadata.fromUserData(userData);
            if (metadata.schemaVersion() != FigureSchema.VERSION) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.INCOMPATIBLE,
                        "the index at " + directory + " has schema " + metadata.schemaVersion() + " (pfocr "
                                + metadata.builtBy() + "); this pfocr reads schema " + FigureSchema.VERSION
                                + ": rebuild it with 'pfocr index --index " + directory + " SOURCE...'", null);
            }
            return new IndexSnapshot(directory, reader, metadata, QuerySynonyms.load(metadata));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
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

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** Synonym rules in use, by source. */
    Map<String, Integer> synonymCounts() {
        return synonymCounts;
    }

    /** The facet ordinals of this commit, built once on first use (with their {@link #facetCounter() counter}). */
    SortedSetDocValuesReaderState facetState() throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state == null) {
            synchronized (this) {
                state = facetState;
                if (state == null) {
                    state = new DefaultSortedSetDocValuesReaderState(timedReader, FigureFacets.config());
                    facetCounter = new FacetOrdinalCounter(state);
                    facetState = state;
                }
            }
        }
        return state;
    }

    /** The facet counter of this commit, made with the {@link #facetState() facet state}. */
    FacetOrdinalCounter facetCounter() throws IOException {
        facetState();
        return facetCounter;
    }

    /** The figures' gene sets of this commit, for enrichment; built once on first use. */
    GeneSetIndex geneSets() throws IOException {
        GeneSetIndex sets = geneSets;
        if (sets == null) {
            synchronized (this) {
                sets = geneSets;
                if (sets == null) {
                    sets = GeneSetIndex.load(facetState(), indexAnalyzer);
                    geneSets = sets;
                }
            }
        }
        return sets;
    }
}
