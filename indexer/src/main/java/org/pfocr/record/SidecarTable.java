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
 * header lacks a required column is ignored; a row with the wrong number of cells is skipped; a
 * cell's control characters are read as spaces ({@link Values#withoutControls}).
 *
 * <p>A row keeps where its cells are in the file's text, and a cell becomes a string only when
 * asked for: a genes table has ten or eleven columns, of which the reader uses six.
 */
final class SidecarTable {
    /** Bad rows reported one by one before the rest are counted in a single warning. */
    private static final int BAD_ROWS_REPORTED = 3;
    /** What {@link #column} gives for a column the table does not have. */
    static final int NO_COLUMN = -1;

    /**
     * One data row.
     *
     * @param cellStarts where each cell starts in the table's text, and, last, where the row ends
     *     plus one: cell {@code i} is the text from {@code cellStarts[i]} to {@code cellStarts[i + 1] - 1}
     * @param line the row's 1-based line in the file
     */
    record Row(int[] cellStarts, int line) {
    }

    private final Path path;
    private final String text;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final Consumer<Problem> warnings;

    private SidecarTable(Path path, String text, Map<String, Integer> columns, List<Row> rows,
            Consumer<Problem> warnings) {
        this.path = path;
        this.text = text;
        this.columns = columns;
        this.rows = rows;
        this.warnings = warnings;
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
        int lineStart = 0;
        int end = lineEnd(text, lineStart);
        int lineNumber = 1;
        while (lineStart < text.length() && isBlank(text, lineStart, end)) {
            lineStart = end + 1;
            end = lineEnd(text, lineStart);
            lineNumber++;
        }
        boolean hasHeader = lineStart < text.length();
        Map<String, Integer> columns = new HashMap<>();
        int width = 0;
        if (hasHeader) {
            String[] names = text.substring(lineStart, end).split("\t", -1);
            width = names.length;
            for (int i = 0; i < names.length; i++) {
                columns.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
            }
        }
        List<String> missing = required.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            warnings.accept(new Problem(ProblemKind.BAD_SIDECAR, path, hasHeader ? lineNumber : 0,
                    "the header (first line, tab-separated) lacks the column(s) " + String.join(", ", missing)
                            + "; the table was ignored"));
            return null;
        }
        return new SidecarTable(path, text, columns, rows(path, text, end + 1, lineNumber + 1, width, warnings),
                warnings);
    }

    /** The rows, in file order. */
    List<Row> rows() {
        return rows;
    }

    /** The index of the column named {@code name} (lower case), or {@link #NO_COLUMN}. */
    int column(String name) {
        return columns.getOrDefault(name, NO_COLUMN);
    }

    /**
     * A row's cleaned value in the column {@code column} (from {@link #column}; {@link Values#clean});
     * {@code null} when missing or for {@link #NO_COLUMN}. Control characters in it are read as
     * spaces, with a warning naming the row's line.
     */
    String value(Row row, int column) {
        if (column == NO_COLUMN) {
            return null;
        }
        int[] starts = row.cellStarts();
        String value = Values.clean(text, starts[column], starts[column + 1] - 1);
        if (value == null || !Values.hasControl(value)) {
            return value;
        }
        String name = columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                .findFirst().orElse("");
        return Values.withoutControls(value, reason -> new Problem(ProblemKind.BAD_SIDECAR, path, row.line(),
                "the '" + name + "' cell " + reason), warnings);
    }

    /** The rows of {@code text} from {@code start}, line {@code lineNumber}, with {@code width} cells each. */
    private static List<Row> rows(Path path, String text, int start, int lineNumber, int width,
            Consumer<Problem> warnings) {
        List<Row> rows = new ArrayList<>();
        int badRows = 0;
        for (int lineStart = start; lineStart <= text.length(); lineNumber++) {
            int end = lineEnd(text, lineStart);
            if (!isBlank(text, lineStart, end)) {
                int[] starts = new int[width + 1];
                int cells = cellStarts(text, lineStart, end, starts);
                if (cells == width) {
                    rows.add(new Row(starts, lineNumber));
                } else if (++badRows <= BAD_ROWS_REPORTED) {
                    warnings.accept(new Problem(ProblemKind.BAD_SIDECAR, path, lineNumber,
                            cells + " cells where the header has " + width + " columns; the row was skipped"));
                }
            }
            lineStart = end + 1;
        }
        if (badRows > BAD_ROWS_REPORTED) {
            warnings.accept(Problem.of(ProblemKind.BAD_SIDECAR, path, (badRows - BAD_ROWS_REPORTED)
                    + " more rows with the wrong number of cells were skipped"));
        }
        return rows;
    }

    /**
     * Counts the cells of the line from {@code start} to {@code end} in one pass over its tabs, and
     * fills {@code starts} (one more entry than the header has columns) with where each starts, then
     * {@code end + 1}, when it has as many as the header; returns the count.
     */
    private static int cellStarts(String text, int start, int end, int[] starts) {
        int width = starts.length - 1;
        starts[0] = start;
        int cells = 1;
        for (int tab = text.indexOf('\t', start); tab >= 0 && tab < end; tab = text.indexOf('\t', tab + 1)) {
            if (cells < width) {
                starts[cells] = tab + 1;
            }
            cells++;
        }
        starts[width] = end + 1;
        return cells;
    }

    /** Where the line starting at {@code start} ends: its {@code \n}, or the end of the text. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    /** Whether the text from {@code start} to {@code end} is white space only, as {@link String#isBlank}. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
