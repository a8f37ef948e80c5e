package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * FamPlex protein families and complexes with their member genes ({@code ERK → MAPK1, MAPK3};
 * {@code MAPK → all ERK, JNK, p38 … members}). Built from the FamPlex CSV files by {@link FamplexReader} or loaded
 * from the bundled table ({@link BundledSynonyms#famplexFamilies()}). Immutable and thread-safe.
 */
public final class FamplexFamilies {
    /** The column header written as the last comment line of the table file. */
    static final String COLUMNS = "family\tmembers\ttriggers";
    private static final String MEMBER_SEPARATOR = ",";
    private static final String TRIGGER_SEPARATOR = "|";

    private final List<FamplexFamily> families;
    private final Map<String, FamplexFamily> byLowerName;

    private FamplexFamilies(List<FamplexFamily> families) {
        this.families = families;
        this.byLowerName = new HashMap<>(families.size() * 2);
        families.forEach(f -> byLowerName.put(f.name().toLowerCase(Locale.ROOT), f));
    }

    /** The given families, sorted by name. */
    public static FamplexFamilies of(Collection<FamplexFamily> families) {
        return new FamplexFamilies(families.stream().sorted(Comparator.comparing(FamplexFamily::name)).toList());
    }

    /** All families, sorted by name. */
    public List<FamplexFamily> families() {
        return families;
    }

    /** The family called {@code name}, ignoring case. */
    public Optional<FamplexFamily> family(String name) {
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The member gene symbols of family {@code name} (ignoring case), sorted; empty for an unknown name. */
    public List<String> members(String name) {
        return family(name).map(FamplexFamily::members).orElse(List.of());
    }

    /** Family name → member symbols, in name order. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        families.forEach(f -> map.put(f.name(), f.members()));
        return map;
    }

    /** Every family name and every trigger text: what gene aliases must not claim for a single gene. */
    public Set<String> allNames() {
        Set<String> names = new TreeSet<>();
        for (FamplexFamily f : families) {
            names.add(f.name());
            names.addAll(f.triggers());
        }
        return names;
    }

    /**
     * The families as one-way Solr synonym rules, one line per family that has triggers: each trigger expands to
     * every trigger, the family name and the member genes, e.g.
     * {@code ERK, ERK1/2 => ERK, ERK1/2, MAPK1, MAPK3}; member symbols do not expand to the family. Special
     * characters are escaped with a backslash.
     */
    public List<String> toSolrRules() {
        List<String> rules = new ArrayList<>();
        for (FamplexFamily f : families) {
            if (!f.triggers().isEmpty()) {
                Set<String> expansion = new LinkedHashSet<>(f.triggers());
                expansion.add(f.name());
                expansion.addAll(f.members());
                rules.add(SolrRules.oneWay(f.triggers(), List.copyOf(expansion)));
            }
        }
        return rules;
    }

    /** Writes the table: {@code comments} as {@code #} lines, the column header, then one row per family. */
    void write(Writer out, List<String> comments) throws IOException {
        TableFile.writeComments(out, comments, COLUMNS);
        for (FamplexFamily f : families) {
            out.write(f.name() + '\t' + String.join(MEMBER_SEPARATOR, f.members()) + '\t'
                    + String.join(TRIGGER_SEPARATOR, f.triggers()) + '\n');
        }
    }

    /** Reads a table written by {@link #write}; {@code source} names it in error messages. */
    static FamplexFamilies read(BufferedReader in, String source) throws IOException {
        List<FamplexFamily> families = new ArrayList<>();
        for (String[] cells : TableFile.readRows(in, source, 3)) {
            families.add(new FamplexFamily(cells[0], split(cells[1], MEMBER_SEPARATOR),
                    split(cells[2], TRIGGER_SEPARATOR)));
        }
        return of(families);
    }

    private static List<String> split(String cell, String separator) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(Pattern.quote(separator)));
    }
}
