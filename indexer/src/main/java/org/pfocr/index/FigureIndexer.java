package org.pfocr.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;
import org.pfocr.record.RecordParser;
import org.pfocr.schema.FigureFields;
import org.pfocr.schema.FigureSchema;
import org.pfocr.synonym.OrganismTable;

/**
 * Builds or updates a figure index from folders of records: parallel over the given threads with
 * one {@link IndexWriter}, committing once at the end so readers see the old index or the new
 * one, never a mix. A run that fails or is killed leaves the previous commit as it was.
 */
public final class FigureIndexer {

    /**
     * Indexing buffers this much before flushing a segment, or a quarter of the heap when that is
     * less; larger buffers mean fewer merges. Flushed segments are left as separate files: packing
     * each into a compound file would copy every byte once more, and an index has few segments
     * (merges pack small ones anyway).
     */
    private static final double RAM_BUFFER_MB = 128;

    private final IndexOptions options;
    private final IndexListener listener;

    /** An indexer for {@code options} that reports to {@code listener}. */
    public FigureIndexer(IndexOptions options, IndexListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /**
     * Runs the indexing.
     *
     * @throws InvalidOptionException when a source does not exist, or an update has no sources
     * @throws IndexingException when the index is locked by another run, or {@code --strict} found problems
     * @throws IOException when reading the old index or writing the new one fails
     */
    public IndexSummary run() throws IOException, IndexingException {
        long start = System.nanoTime();
        if (options.update() && options.sources().isEmpty() && !Files.isDirectory(options.indexDir())) {
            throw nothingToUpdate();
        }
        IndexFolder.checkNotAFile(options.indexDir());
        Files.createDirectories(options.indexDir());
        try (Directory directory = FSDirectory.open(options.indexDir())) {
            IndexFolder.checkWritable(directory, options.indexDir());
            IndexMetadata previous = readMetadata(directory);
            boolean update = options.update() && previous != null;
            List<Path> gone = new ArrayList<>();
            List<Path> sources = sourcesToRead(previous, gone);
            String geneInfoRules = options.geneInfo() != null ? IndexSynonyms.readGeneInfo(options.geneInfo())
                    : previous != null && options.update() ? previous.geneInfoRules() : "";
            String userRules = !options.synonymFiles().isEmpty() ? IndexSynonyms.readUserRules(options.synonymFiles())
                    : previous != null && options.update() ? previous.userRules() : "";
            IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
                    .setOpenMode(update ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
                    .setUseCompoundFile(false);
            ProblemCounter problems = new ProblemCounter(listener);
            for (Path source : gone) {
                problems.accept(Problem.of(ProblemKind.MISSING_SOURCE, source, "a source of the index that no longer"
                        + " exists: its figures were kept; restore it, or rebuild the index without it to drop them"));
            }
            try (IndexWriter writer = openWriter(directory, config)) {
                RecordTasks tasks;
                long removed;
                try (IndexedFiles previousFiles = update ? IndexedFiles.open(directory) : IndexedFiles.none()) {
                    tasks = new RecordTasks(writer, new RecordParser(),
                            new FigureDocumentBuilder(OrganismTable.bundled()), problems, listener,
                            previousFiles, update, options.threads());
                    try (tasks) {
                        tasks.indexAll(sources);
                    }
                    removed = removeVanished(writer, previousFiles, gone);
                }
                if (options.strict() && problems.total() > 0) {
                    throw new IndexingException("--strict: " + problems.total()
                            + " problem(s) found; the index was left as it was");
                }
                if (options.merge()) {
                    listener.step(IndexListener.MERGING);
                    writer.forceMerge(1);
                }
                List<String> recordedSources = IndexSources.recorded(update ? previous.sources() : List.of(), sources);
                if (update && leavesAsItWas(writer, previous, recordedSources, geneInfoRules, userRules)) {
                    return summary(tasks, removed, writer.getDocStats().numDocs, problems, previous.synonymCounts(), start);
                }
                IndexSynonyms.Built synonyms;
                long figures;
                try (DirectoryReader written = DirectoryReader.open(writer)) {
                    figures = written.numDocs();
                    if (!update && figures != tasks.distinctFigids()) {
                        throw new IndexingException("the index holds " + figures + " figures but "
                                + tasks.distinctFigids() + " were written; the index was left as it was");
                    }
                    listener.step(IndexListener.BUILDING_SYNONYMS);
                    synonyms = IndexSynonyms.build(written, geneInfoRules, userRules);
                }
                IndexMetadata metadata = new IndexMetadata(FigureSchema.VERSION, version(), Instant.now(),
                        recordedSources, synonyms.counts(), geneInfoRules, userRules, synonyms.encodedMap());
                listener.step(IndexListener.COMMITTING);
                writer.setLiveCommitData(metadata.write(directory).entrySet());
                writer.commit();
                metadata.deleteOlderSynonymFiles(directory, previous);
                return summary(tasks, removed, figures, problems, synonyms.counts(), start);
            }
        }
    }

    /** The outcome of a run that started at {@code start} ({@link System#nanoTime}) and ends now. */
    private static IndexSummary summary(RecordTasks tasks, long removed, long figures, ProblemCounter problems,
            Map<String, Integer> synonymCounts, long start) {
        return new IndexSummary(tasks.filesSeen(), tasks.distinctFigids(), tasks.unchanged(), removed, figures,
                problems.byKind(), synonymCounts, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Whether an update changed nothing the index holds: no figure written or removed, no merge,
     * the same sources and synonym rules, the same pfocr version (whose bundled synonyms built the
     * map), a commit in the current layout (an older one, with the synonyms in the commit itself, is
     * rewritten). Its commit then stays as it was, with the synonym map built from those same
     * figures and rules, instead of building the map again (a quarter of an update that finds
     * nothing to do) and committing a copy.
     */
    private boolean leavesAsItWas(IndexWriter writer, IndexMetadata previous, List<String> recordedSources,
            String geneInfoRules, String userRules) {
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
        return !options.merge() && !writer.hasUncommittedChanges() && IndexMetadata.namesSynonymFile(committed)
                && version().equals(previous.builtBy())
                && recordedSources.equals(previous.sources())
                && Objects.equals(geneInfoRules, previous.geneInfoRules())
                && Objects.equals(userRules, previous.userRules());
    }

    /** The indexing buffer for a heap that may grow to {@code maxHeapBytes}, in MB. */
    static double ramBufferMb(long maxHeapBytes) {
        return Math.min(RAM_BUFFER_MB, maxHeapBytes / 4.0 / (1 << 20));
    }

    /** The pfocr version, from the jar manifest; {@code dev} when run from classes. */
    public static String version() {
        String version = FigureIndexer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * The sources to walk: those named, else, for an update, those the index was built from. A
     * recorded source that no longer exists goes to {@code gone} instead (a named one is an error).
     */
    private List<Path> sourcesToRead(IndexMetadata previous, List<Path> gone) {
        List<Path> sources = new ArrayList<>(options.sources());
        boolean recorded = sources.isEmpty() && options.update() && previous != null;
        if (recorded) {
            previous.sources().forEach(source -> sources.add(Path.of(source)));
        }
        if (sources.isEmpty() && options.update()) {
            throw nothingToUpdate();
        }
        if (sources.isEmpty()) {
            throw new InvalidOptionException("no SOURCE given: name the folders or files of figure records to index");
        }
        for (Path source : sources) {
            if (Files.exists(source)) {
                continue;
            }
            if (!recorded) {
                throw new InvalidOptionException("source " + source + " does not exist: check the path");
            }
            gone.add(source);
        }
        sources.removeAll(gone);
        if (!recorded && options.update() && previous != null) {
            // The index's other sources are not read, but one that is missing as a whole keeps its
            // figures too, rather than having them taken for files deleted one by one.
            previous.sources().stream().map(Path::of).filter(Files::notExists).forEach(gone::add);
        }
        return IndexSources.distinct(sources);
    }

    private InvalidOptionException nothingToUpdate() {
        return new InvalidOptionException("no index at " + options.indexDir() + " to update: build one with"
                + " 'pfocr index --index " + options.indexDir() + " SOURCE...'");
    }

    private IndexWriter openWriter(Directory directory, IndexWriterConfig config) throws IOException, IndexingException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            Path lock = options.indexDir().resolve(IndexWriter.WRITE_LOCK_NAME);
            throw new IndexingException("another process is writing the index at " + options.indexDir()
                    + " (it holds " + lock + "; 'fuser -v " + lock + "' names it): wait for it to finish or stop it,"
                    + " then run again; the index was left as it was (a killed run releases its lock by itself,"
                    + " so there is no need to delete write.lock)", e);
        }
    }

    /**
     * The metadata of the index there is, {@code null} when there is none. A rebuild does without
     * it when its synonym file is damaged or missing; an update cannot.
     */
    private IndexMetadata readMetadata(Directory directory) throws IOException, IndexingException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        Map<String, String> data;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            data = reader.getIndexCommit().getUserData();
        }
        if (!IndexMetadata.isPfocrIndex(data)) {
            throw new InvalidOptionException("--index " + options.indexDir() + " holds a Lucene index that pfocr did"
                    + " not write: name another folder for the figure index");
        }
        try {
            return IndexMetadata.read(directory, data);
        } catch (CorruptIndexException | NoSuchFileException e) {
            if (!options.update()) {
                return null;
            }
            String found = e instanceof CorruptIndexException corrupt ? corrupt.getOriginalMessage() : e.getMessage();
            throw new IndexingException("the index's synonym file is damaged or missing (" + found
                    + "): rebuild the index without --update; it was left as it was", e);
        }
    }

    /**
     * Removes figures whose record files no longer exist; files merely outside this run's sources
     * stay, and so do those of sources that are {@code gone} as a whole (an unmounted disk, say).
     */
    private static long removeVanished(IndexWriter writer, IndexedFiles notSeen, List<Path> gone)
            throws IOException {
        List<String> vanished = new ArrayList<>();
        notSeen.forEachPathNotTaken(path -> {
            Path file = Path.of(path);
            if (!Files.exists(file) && gone.stream().noneMatch(source -> file.startsWith(source.toAbsolutePath()))) {
                vanished.add(path);
            }
        });
        for (String path : vanished) {
            writer.deleteDocuments(new Term(FigureFields.SOURCE_PATH, path));
        }
        return vanished.size();
    }
}
