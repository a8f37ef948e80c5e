package org.pfocr.record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The mentions in the sidecar tables of newer records.
 *
 * <ul>
 *   <li>{@code -genes.tsv}: {@code organism_id organism_name organism_group word match
 *       ncbigene_symbol ncbigene_id source count_direct [count_synonym] count_match}; needs
 *       {@code word} and {@code ncbigene_symbol}.</li>
 *   <li>{@code -chemicals.tsv} ({@code word mesh match name chebi}) and {@code -diseases.tsv}
 *       ({@code word mesh match name doid}); need {@code word}. The identifier is taken from the
 *       first of {@code chebi}, {@code doid}, {@code mesh}, {@code identifier}, {@code id} that
 *       the row fills. MeSH ids lose their {@code mesh:} prefix, to match the older inline
 *       records ({@code D008687}); ChEBI and DOID ids keep theirs ({@code chebi:30212}).</li>
 * </ul>
 */
final class SidecarMentions {
    private static final List<String> ID_COLUMNS = List.of("chebi", "doid", "mesh", "identifier", "id");

    private SidecarMentions() {
    }

    /** The gene mentions of a genes table; none when {@code table} is {@code null} or unusable. */
    static List<GeneMention> genes(Path table, Consumer<Problem> warnings) {
        List<GeneMention> genes = new ArrayList<>();
        SidecarTable rows = table == null ? null
                : SidecarTable.read(table, List.of("word", "ncbigene_symbol"), warnings);
        if (rows == null) {
            return genes;
        }
        int wordColumn = rows.column("word");
        int symbol = rows.column("ncbigene_symbol");
        int entrez = rows.column("ncbigene_id");
        int source = rows.column("source");
        int organismName = rows.column("organism_name");
        int organismId = rows.column("organism_id");
        for (SidecarTable.Row row : rows.rows()) {
            String word = GeneWordCleaner.clean(rows.value(row, wordColumn));
            if (!word.isEmpty()) {
                genes.add(new GeneMention(word, rows.value(row, symbol), rows.value(row, entrez),
                        rows.value(row, source), rows.value(row, organismName), rows.value(row, organismId)));
            }
        }
        return genes;
    }

    /** The mentions of a chemicals or diseases table; none when {@code table} is {@code null} or unusable. */
    static List<Mention> mentions(Path table, Consumer<Problem> warnings) {
        List<Mention> mentions = new ArrayList<>();
        SidecarTable rows = table == null ? null : SidecarTable.read(table, List.of("word"), warnings);
        if (rows == null) {
            return mentions;
        }
        int wordColumn = rows.column("word");
        int name = rows.column("name");
        int[] idColumns = ID_COLUMNS.stream().mapToInt(rows::column).toArray();
        for (SidecarTable.Row row : rows.rows()) {
            String word = rows.value(row, wordColumn);
            if (word != null) {
                mentions.add(mention(word, rows.value(row, name), rows, row, idColumns));
            }
        }
        return mentions;
    }

    /** The mention of {@code row}; its identifier is in the first of {@code idColumns} (those of {@link #ID_COLUMNS}) it fills. */
    private static Mention mention(String word, String name, SidecarTable rows, SidecarTable.Row row, int[] idColumns) {
        for (int i = 0; i < idColumns.length; i++) {
            String id = rows.value(row, idColumns[i]);
            if (id != null) {
                String vocabulary = vocabulary(ID_COLUMNS.get(i), id);
                boolean meshPrefix = "MESH".equals(vocabulary) && id.regionMatches(true, 0, "mesh:", 0, 5);
                return new Mention(word, name, meshPrefix ? id.substring(5) : id, vocabulary);
            }
        }
        return new Mention(word, name, null, null);
    }

    /** The vocabulary of an id: named by its column, or else by its prefix ({@code chebi:1}); {@code null} when neither tells. */
    private static String vocabulary(String column, String id) {
        int colon = id.indexOf(':');
        String name = switch (column) {
            case "chebi", "doid", "mesh" -> column;
            default -> colon > 0 ? id.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        };
        return switch (name) {
            case "chebi" -> "ChEBI";
            case "doid" -> "DOID";
            case "mesh" -> "MESH";
            default -> name.isEmpty() ? null : name.toUpperCase(Locale.ROOT);
        };
    }
}
