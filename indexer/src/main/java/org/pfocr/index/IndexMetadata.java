package org.pfocr.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.store.Directory;
import org.pfocr.analysis.SynonymMapCodec;
import org.pfocr.schema.FigureSchema;

/**
 * What an index records about itself with its Lucene commit (so it changes atomically with the
 * figures): the schema version, when and from what it was built, and the synonym sources it used.
 * The user's own synonym rules are saved whole, so the searcher expands queries with exactly the
 * rules the index was built with. The small values are the commit's user data; the synonym map
 * and rules are in a {@link SynonymFile} that the user data names. Indexes written before that
 * file existed held them in the user data, and are still read.
 *
 * @param schemaVersion the {@link FigureSchema#VERSION} the index was written with
 * @param builtBy the pfocr version that wrote it
 * @param committed when it was committed
 * @param sources the record folders and files it was built from (absolute paths)
 * @param synonymCounts rules per synonym source, in a stable order
 * @param geneInfoRules aliases from the user's gene_info file (alias TAB symbol lines), or empty
 * @param userRules synonym rules (Solr format) from the user's synonym files, or empty
 * @param synonymMap the synonym map built from every source, as {@link SynonymMapCodec} encodes it
 */
public record IndexMetadata(
        int schemaVersion, String builtBy, Instant committed, List<String> sources,
        Map<String, Integer> synonymCounts, String geneInfoRules, String userRules, byte[] synonymMap) {

    private static final String SCHEMA = "pfocr.schema";
    private static final String BUILT_BY = "pfocr.built_by";
    private static final String COMMITTED = "pfocr.committed";
    private static final String SOURCES = "pfocr.sources";
    private static final String COUNTS = "pfocr.synonym_counts";
    private static final String SYNONYM_FILE = "pfocr.synonym_file";
    /** Where indexes written before the synonym file held the synonyms (gzip and base64, base64). */
    private static final String OLD_GENE_INFO_RULES = "pfocr.gene_info_rules";
    private static final String OLD_USER_RULES = "pfocr.user_rules";
    private static final String OLD_SYNONYM_MAP = "pfocr.synonym_map";

    public IndexMetadata {
        sources = List.copyOf(sources);
        synonymCounts = Collections.unmodifiableMap(new LinkedHashMap<>(synonymCounts));
    }

    /** Whether {@code userData} names a synonym file, as every commit since that file exists does. */
    public static boolean namesSynonymFile(Map<String, String> userData) {
        return userData.containsKey(SYNONYM_FILE);
    }

    /** Whether {@code userData} was written by pfocr at all. */
    public static boolean isPfocrIndex(Map<String, String> userData) {
        return userData.containsKey(SCHEMA);
    }

    /**
     * Writes the synonym file into {@code directory} (the same synonyms, the same name) and returns
     * the commit user data that holds the rest and names it.
     */
    public Map<String, String> write(Directory directory) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, Integer.toString(schemaVersion));
        data.put(BUILT_BY, builtBy);
        data.put(COMMITTED, committed.toString());
        data.put(SOURCES, String.join("\n", sources));
        StringBuilder counts = new StringBuilder();
        synonymCounts.forEach((source, count) -> counts.append(source).append('=').append(count).append('\n'));
        data.put(COUNTS, counts.toString());
        data.put(SYNONYM_FILE, SynonymFile.write(directory, synonyms()));
        return data;
    }

    /**
     * Deletes the synonym files in {@code directory} but those of this metadata, committed last,
     * and of {@code previous} (a search that opened the commit before may not have read its file
     * yet). Only an index run, holding the index's write lock, may call this.
     */
    public void deleteOlderSynonymFiles(Directory directory, IndexMetadata previous) throws IOException {
        Set<String> keep = new HashSet<>();
        keep.add(SynonymFile.nameOf(synonyms()));
        if (previous != null) {
            keep.add(SynonymFile.nameOf(previous.synonyms()));
        }
        SynonymFile.deleteAllBut(directory, keep);
    }

    /**
     * Reads the metadata of a commit of {@code directory} from its user data and synonym file.
     *
     * @throws IllegalArgumentException when the user data was not written by pfocr or is damaged
     * @throws org.apache.lucene.index.CorruptIndexException when the synonym file fails its checks
     * @throws java.nio.file.NoSuchFileException when the synonym file is missing
     */
    public static IndexMetadata read(Directory directory, Map<String, String> data) throws IOException {
        if (!isPfocrIndex(data)) {
            throw new IllegalArgumentException("not a pfocr index (its commit has no " + SCHEMA + ")");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : data.getOrDefault(COUNTS, "").split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                counts.put(line.substring(0, equals), Integer.parseInt(line.substring(equals + 1)));
            }
        }
        String sources = data.getOrDefault(SOURCES, "");
        SynonymFile.Contents synonyms = data.containsKey(SYNONYM_FILE)
                ? SynonymFile.read(directory, data.get(SYNONYM_FILE)) : oldSynonyms(data);
        return new IndexMetadata(
                Integer.parseInt(data.get(SCHEMA)),
                data.getOrDefault(BUILT_BY, "unknown"),
                Instant.parse(data.getOrDefault(COMMITTED, Instant.EPOCH.toString())),
                sources.isEmpty() ? List.of() : List.of(sources.split("\n")),
                counts,
                synonyms.geneInfoRules(),
                synonyms.userRules(),
                synonyms.synonymMap());
    }

    private SynonymFile.Contents synonyms() {
        return new SynonymFile.Contents(synonymMap, geneInfoRules, userRules);
    }

    /** The synonyms of an index written before the synonym file, from its user data. */
    private static SynonymFile.Contents oldSynonyms(Map<String, String> data) {
        return new SynonymFile.Contents(Base64.getDecoder().decode(data.getOrDefault(OLD_SYNONYM_MAP, "")),
                decompress(data.getOrDefault(OLD_GENE_INFO_RULES, "")),
                decompress(data.getOrDefault(OLD_USER_RULES, "")));
    }

    private static String decompress(String encoded) {
        if (encoded.isEmpty()) {
            return "";
        }
        try (GZIPInputStream gzip = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged synonym rules in the index commit", e);
        }
    }
}
