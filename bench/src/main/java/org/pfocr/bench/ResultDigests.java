package org.pfocr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pfocr.query.QueryException;
import org.pfocr.results.SearchResults;
import org.pfocr.search.FigureSearcher;

/**
 * What every benchmark query returns, to check that runs and optimisations change no result: per
 * query the total hits and a digest of the top 10 (figids, exact scores, snippets, matched fields,
 * stored values) and of the facets. Taken before and after the timed runs, and compared with the
 * digests a previous run saved for the same corpus.
 */
final class ResultDigests {

    private ResultDigests() {
    }

    /** Query text to {@code total TAB digest}, in the order of the set (searches with facets). */
    static Map<String, String> take(FigureSearcher searcher) throws IOException, QueryException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (BenchQuery query : BenchQuery.all()) {
            SearchResults results = searcher.search(query.request(true));
            digests.put(query.text(), results.total() + "\t" + sha256(results.hits() + "\n" + results.facets()));
        }
        return digests;
    }

    /** The total hits in a digest line. */
    static long total(String digest) {
        return Long.parseLong(digest.substring(0, digest.indexOf('\t')));
    }

    /** The queries whose results differ between {@code expected} and {@code actual}, as readable lines. */
    static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            String before = expected.get(entry.getKey());
            if (before != null && !before.equals(entry.getValue())) {
                differences.add(entry.getKey() + ": " + total(before) + " hits then " + total(entry.getValue())
                        + (total(before) == total(entry.getValue()) ? ", other top hits, snippets or facets" : ""));
            }
        }
        return differences;
    }

    /** Saves digests as {@code query TAB total TAB digest} lines. */
    static void save(Map<String, String> digests, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        digests.forEach((query, digest) -> text.append(query).append('\t').append(digest).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Digests saved by {@link #save}. */
    static Map<String, String> load(Path file) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                digests.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return digests;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
