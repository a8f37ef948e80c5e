package org.pfocr.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A sidecar table: tab-separated, with a header line naming the columns. Columns are found by
 * their names, never by position, so tables with extra, missing or reordered columns still read.
 * Problems are {@link ProblemKind#BAD_SIDECAR} warnings: a table that cannot be read or whose
 * header lacks a required column is ignored; a row with the wrong number of cells is skipped.
 */
final class SidecarTable {
    /** Bad rows reported one by one before the rest are counted in a single warning. */
    private static final int BAD_ROWS_REPORTED = 3;

    /**
     * One data row.
     *
     * @param line the row's 1-based line in the file
     * @param cells the row's cells, as many as the header has columns
     */
    record Row(int line, String[] cells) {
    }

    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private SidecarTable(Map<String, Integer> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads a table.
     *
     * @param path the table file
     * @param required the column names (lower case) it must have
     * @param warnings where problems go
     * @return the table, or {@code null} when it cannot be used
     */
    static SidecarTable read(Path path, List<String> required, Consumer<Problem> warnings) {
        String text = readText(path, warnings);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        int header = 0;
        while (header < lines.length && lines[header].isBlank()) {
            header++;
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header < lines.length ? lines[header].split("\t", -1) : new String[0];
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            warnings.accept(new Problem(ProblemKind.BAD_SIDECAR, path, header < lines.length ? header + 1 : 0,
                    "the header (first line, tab-separated) lacks the column(s) " + String.join(", ", missing)
                            + "; the table was ignored"));
            return null;
        }
        return new SidecarTable(columns, rows(path, lines, header, names.length, warnings));
    }

    /** The rows, in file order. */
    List<Row> rows() {
        return rows;
    }

    /** A row's cleaned value in a column ({@link Values#clean}); {@code null} when missing or no such column. */
    String value(Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? null : Values.clean(row.cells()[index]);
    }

    private static List<Row> rows(Path path, String[] lines, int header, int width, Consumer<Problem> warnings) {
        List<Row> rows = new ArrayList<>();
        int badRows = 0;
        for (int i = header + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length == width) {
                rows.add(new Row(i + 1, cells));
            } else if (++badRows <= BAD_ROWS_REPORTED) {
                warnings.accept(new Problem(ProblemKind.BAD_SIDECAR, path, i + 1,
                        cells.length + " cells where the header has " + width + " columns; the row was skipped"));
            }
        }
        if (badRows > BAD_ROWS_REPORTED) {
            warnings.accept(Problem.of(ProblemKind.BAD_SIDECAR, path, (badRows - BAD_ROWS_REPORTED)
                    + " more rows with the wrong number of cells were skipped"));
        }
        return rows;
    }

    private static String readText(Path path, Consumer<Problem> warnings) {
        byte[] bytes;
        try {
            bytes = TextFiles.read(path);
        } catch (IOException e) {
            warnings.accept(Problem.of(ProblemKind.BAD_SIDECAR, path, e));
            return null;
        }
        TextFiles.Decoded decoded = TextFiles.decode(bytes);
        if (decoded.binary()) {
            warnings.accept(Problem.of(ProblemKind.BAD_SIDECAR, path,
                    "binary data (NUL bytes), not a tab-separated table; the table was ignored"));
            return null;
        }
        if (decoded.latin1()) {
            warnings.accept(Problem.of(ProblemKind.NOT_UTF8, path, TextFiles.NOT_UTF8_REASON));
        }
        return decoded.text();
    }
}
