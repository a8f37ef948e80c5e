package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gene aliases that are safe to expand a query with, each naming exactly one gene. Built by {@link AliasFilter}
 * from a {@code gene_info} file, or loaded from the bundled human table ({@link BundledSynonyms#humanGeneAliases()}).
 * Entries are sorted by alias (ignoring case), then symbol; the table is immutable and thread-safe.
 */
public final class GeneAliasTable {
    /** The column header written as the last comment line of the table file. */
    static final String COLUMNS = "alias\tsymbol\tentrez";

    private static final Comparator<GeneAlias> ORDER = Comparator
            .comparing(GeneAlias::alias, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(GeneAlias::alias)
            .thenComparing(GeneAlias::symbol)
            .thenComparing(GeneAlias::entrez);

    private final List<GeneAlias> entries;
    private volatile Map<String, GeneAlias> byKey;

    private GeneAliasTable(List<GeneAlias> entries) {
        this.entries = entries;
    }

    /** A table of the given entries, sorted. */
    public static GeneAliasTable of(Collection<GeneAlias> entries) {
        return new GeneAliasTable(entries.stream().sorted(ORDER).toList());
    }

    /**
     * Reads a user's NCBI {@code gene_info} file (any organism, plain or gzip) and keeps the aliases that
     * {@code filter} lets through; {@link AliasFilter#bundled()} is the usual filter.
     */
    public static GeneAliasTable fromGeneInfo(Path geneInfo, AliasFilter filter) throws IOException {
        return filter.apply(GeneInfoReader.readAll(geneInfo)).kept();
    }

    /** All entries, sorted. */
    public List<GeneAlias> entries() {
        return entries;
    }

    /** How many entries the table has. */
    public int size() {
        return entries.size();
    }

    /** The entry for {@code alias}, ignoring case, hyphens, dots and spaces ({@code dj1} finds {@code DJ-1}). */
    public Optional<GeneAlias> find(String alias) {
        return Optional.ofNullable(index().get(AliasKey.of(alias)));
    }

    // NOTE: built on first find(), not on load: the analysis layer only needs the rules.
    private Map<String, GeneAlias> index() {
        Map<String, GeneAlias> index = byKey;
        if (index == null) {
            index = new HashMap<>(entries.size() * 2);
            for (GeneAlias entry : entries) {
                index.putIfAbsent(AliasKey.of(entry.alias()), entry);
            }
            byKey = index;
        }
        return index;
    }

    /**
     * The table as Solr synonym rules, one equivalence line per entry: {@code RANKL, TNFSF11}. Special characters
     * are escaped with a backslash, so each line reads back as exactly two terms.
     */
    public List<String> toSolrRules() {
        return entries.stream().map(e -> SolrRules.equivalent(List.of(e.alias(), e.symbol()))).toList();
    }

    /** Writes the table: {@code comments} as {@code #} lines, the column header, then one TSV row per entry. */
    void write(Writer out, List<String> comments) throws IOException {
        TableFile.writeComments(out, comments, COLUMNS);
        for (GeneAlias e : entries) {
            out.write(e.alias() + '\t' + e.symbol() + '\t' + e.entrez() + '\n');
        }
    }

    /** Reads a table written by {@link #write}; {@code source} names it in error messages. */
    static GeneAliasTable read(BufferedReader in, String source) throws IOException {
        List<String[]> rows = TableFile.readRows(in, source, 3);
        List<GeneAlias> entries = new ArrayList<>(rows.size());
        for (String[] cells : rows) {
            entries.add(new GeneAlias(cells[0], cells[1], cells[2]));
        }
        return of(entries);
    }
}
