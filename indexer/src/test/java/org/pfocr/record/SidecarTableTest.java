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
import java.util.Random;
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

    /**
     * Random tables (blank and white-space lines, Windows line ends, missing values, rows of the
     * wrong width, no line break at the end) read as splitting the text into lines and the lines
     * into cells reads them.
     */
    @Test
    void randomTablesReadAsSplittingLinesAndCellsWould() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"a", "NA", "", " ", "''", "x y", "\r", "TP53", ".na.character", "\u00e9"};
        for (int table = 0; table < 500; table++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "\n \n");
            text.append("word\tsymbol\tid").append(random.nextBoolean() ? "\r\n" : "\n");
            for (int row = random.nextInt(6); row > 0; row--) {
                int cells = random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 3;
                for (int cell = 0; cell < cells; cell++) {
                    text.append(cell == 0 ? "" : "\t").append(pieces[random.nextInt(pieces.length)]);
                }
                text.append(random.nextInt(8) == 0 ? "\n\n" : "\n");
            }
            String written = random.nextBoolean() ? text.toString() : text.toString().stripTrailing();
            warnings.clear();
            SidecarTable read = read(written);
            List<Problem> readWarnings = List.copyOf(warnings);
            assertEquals(bySplitting(written), cells(read, "word", "symbol", "id"), written);
            assertEquals(warningsBySplitting(written), readWarnings, written.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"));
        }
    }

    /** The cleaned cells of the rows of {@code text} as three columns wide, found by splitting. */
    private static List<List<String>> bySplitting(String text) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = firstRow(lines); i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            if (!lines[i].isBlank() && cells.length == 3) {
                rows.add(Arrays.stream(cells).map(Values::clean).toList());
            }
        }
        return rows;
    }

    /** The warnings about the rows of {@code text} that are not three cells wide: the first three, then a count. */
    private List<Problem> warningsBySplitting(String text) {
        List<Problem> expected = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = firstRow(lines); i < lines.length; i++) {
            int cells = lines[i].split("\t", -1).length;
            if (!lines[i].isBlank() && cells != 3) {
                expected.add(new Problem(ProblemKind.BAD_SIDECAR, temp.resolve("t-genes.tsv"), i + 1,
                        cells + " cells where the header has 3 columns; the row was skipped"));
            }
        }
        if (expected.size() <= 3) {
            return expected;
        }
        List<Problem> reported = new ArrayList<>(expected.subList(0, 3));
        reported.add(Problem.of(ProblemKind.BAD_SIDECAR, temp.resolve("t-genes.tsv"),
                (expected.size() - 3) + " more rows with the wrong number of cells were skipped"));
        return reported;
    }

    /** The lines of {@code text} as read from a file, whose line ends are {@code \n} once decoded ({@link TextFiles}). */
    private static String[] lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    /** The index of the line after the header, the first line that is not blank. */
    private static int firstRow(String[] lines) {
        int header = 0;
        while (lines[header].isBlank()) {
            header++;
        }
        return header + 1;
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
