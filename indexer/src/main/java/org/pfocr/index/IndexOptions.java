package org.pfocr.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to index and how; filled by the {@code pfocr index} command or built directly by tests.
 *
 * @param indexDir the index folder (created when missing)
 * @param sources folders (walked recursively) and files of figure records; with {@code update}
 *     and no sources, the sources the index was built from
 * @param update re-read only new or changed files and remove figures whose files are gone,
 *     instead of rebuilding
 * @param strict any problem fails the run without committing
 * @param merge merge the index into one segment before committing: a longer run, faster cold
 *     searches (README, Performance)
 * @param threads indexing threads, the one walking the sources included, 1 to {@link #MAX_THREADS}
 * @param geneInfo an NCBI gene_info file whose aliases become synonyms, or {@code null}
 * @param synonymFiles synonym files in the Solr format, saved with the index
 */
public record IndexOptions(
        Path indexDir, List<Path> sources, boolean update, boolean strict, boolean merge, int threads,
        Path geneInfo, List<Path> synonymFiles) {

    /** More indexing threads than this would only contend: each holds a record and an indexing buffer. */
    public static final int MAX_THREADS = 256;

    public IndexOptions {
        Objects.requireNonNull(indexDir, "indexDir");
        sources = List.copyOf(sources);
        synonymFiles = List.copyOf(synonymFiles);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new InvalidOptionException("--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
    }

    /** A full rebuild of {@code indexDir} from {@code sources} on every core, without extra synonyms. */
    public static IndexOptions rebuild(Path indexDir, List<Path> sources) {
        return new IndexOptions(indexDir, sources, false, false, false, defaultThreads(), null, List.of());
    }

    /** The same options with {@code update} set. */
    public IndexOptions withUpdate(boolean update) {
        return new IndexOptions(indexDir, sources, update, strict, merge, threads, geneInfo, synonymFiles);
    }

    /** The same options with {@code strict} set. */
    public IndexOptions withStrict(boolean strict) {
        return new IndexOptions(indexDir, sources, update, strict, merge, threads, geneInfo, synonymFiles);
    }

    /** The same options with {@code merge} set. */
    public IndexOptions withMerge(boolean merge) {
        return new IndexOptions(indexDir, sources, update, strict, merge, threads, geneInfo, synonymFiles);
    }

    /** The same options with {@code threads} parsing threads. */
    public IndexOptions withThreads(int threads) {
        return new IndexOptions(indexDir, sources, update, strict, merge, threads, geneInfo, synonymFiles);
    }

    /** The same options with extra synonym sources. */
    public IndexOptions withSynonyms(Path geneInfo, List<Path> synonymFiles) {
        return new IndexOptions(indexDir, sources, update, strict, merge, threads, geneInfo, synonymFiles);
    }

    /** The same options reading {@code sources}. */
    public IndexOptions withSources(List<Path> sources) {
        return new IndexOptions(indexDir, sources, update, strict, merge, threads, geneInfo, synonymFiles);
    }

    /** One parsing thread per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
