package org.pfocr.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's cells are read where the file has them: columns by name, in any order, white space
 * and Windows line ends trimmed, missing-value spellings as {@code null}, blank lines before the
 * header and between rows skipped (but counted in the line numbers of warnings), the last row
 * read with or without a line break after it.
 */
class SidecarTableTest {

    @TempDir
    Path temp;

    private final List<Problem> warnings = new ArrayList<>();

    @Test
    void readsEachCellOfEachRowByItsColumnName() throws IOException {
        SidecarTable table = read("\n \nSymbol\tword\tid\r\n"
                + "TP53\t p53 \t7157\r\n"
                + "\n"
                + "MDM2\tHDM2\tNA\r\n"
                + "too\tmany\tcells\there\r\n"
                + "ATM\tATM\t''");
        assertEquals(List.of(List.of("TP53", "p53", "7157"), Arrays.asList("MDM2", "HDM2", null),
                Arrays.asList("ATM", "ATM", null)), cells(table, "symbol", "word", "id"));
        assertEquals(List.of(new Problem(ProblemKind.BAD_SIDECAR, temp.resolve("t-genes.tsv"), 7,
                "4 cells where the header has 3 columns; the row was skipped")), warnings);
        assertEquals(SidecarTable.NO_COLUMN, table.column("entrez"));
        assertNull(table.value(table.rows().getFirst(), SidecarTable.NO_COLUMN));
    }

    private SidecarTable read(String text) throws IOException {
        Path path = temp.resolve("t-genes.tsv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return SidecarTable.read(path, List.of("word"), warnings::add);
    }

    private static List<List<String>> cells(SidecarTable table, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (SidecarTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(table.value(row, table.column(column)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
