package org.pfocr.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.pfocr.analysis.SynonymMapCodec;
import org.pfocr.schema.FigureSchema;

/**
 * What an index records about itself in its Lucene commit (so it changes atomically with the
 * figures): the schema version, when and from what it was built, and the synonym sources it used.
 * The user's own synonym rules are saved whole, so the searcher expands queries with exactly the
 * rules the index was built with.
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
    private static final String GENE_INFO_RULES = "pfocr.gene_info_rules";
    private static final String USER_RULES = "pfocr.user_rules";
    private static final String SYNONYM_MAP = "pfocr.synonym_map";

    public IndexMetadata {
        sources = List.copyOf(sources);
        synonymCounts = Collections.unmodifiableMap(new LinkedHashMap<>(synonymCounts));
    }

    /** Whether {@code userData} was written by pfocr at all. */
    public static boolean isPfocrIndex(Map<String, String> userData) {
        return userData.containsKey(SCHEMA);
    }

    /** The commit user data that holds this metadata. */
    public Map<String, String> toUserData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, Integer.toString(schemaVersion));
        data.put(BUILT_BY, builtBy);
        data.put(COMMITTED, committed.toString());
        data.put(SOURCES, String.join("\n", sources));
        StringBuilder counts = new StringBuilder();
        synonymCounts.forEach((source, count) -> counts.append(source).append('=').append(count).append('\n'));
        data.put(COUNTS, counts.toString());
        data.put(GENE_INFO_RULES, compress(geneInfoRules));
        data.put(USER_RULES, compress(userRules));
        data.put(SYNONYM_MAP, Base64.getEncoder().encodeToString(synonymMap));
        return data;
    }

    /**
     * Reads the metadata from commit user data.
     *
     * @throws IllegalArgumentException when the data was not written by pfocr or is damaged
     */
    public static IndexMetadata fromUserData(Map<String, String> data) {
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
        return new IndexMetadata(
                Integer.parseInt(data.get(SCHEMA)),
                data.getOrDefault(BUILT_BY, "unknown"),
                Instant.parse(data.getOrDefault(COMMITTED, Instant.EPOCH.toString())),
                sources.isEmpty() ? List.of() : List.of(sources.split("\n")),
                counts,
                decompress(data.getOrDefault(GENE_INFO_RULES, "")),
                decompress(data.getOrDefault(USER_RULES, "")),
                Base64.getDecoder().decode(data.getOrDefault(SYNONYM_MAP, "")));
    }

    private static String compress(String text) {
        if (text.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
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
