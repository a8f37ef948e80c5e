package org.pfocr.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes tab-separated values: a header row, then one row per call. Backslash, tab, newline and carriage
 * return inside values become {@code \\}, {@code \t}, {@code \n} and {@code \r}, so every row stays one
 * line with a fixed number of columns, and other control characters U+FFFD ({@link ControlCharacters});
 * {@code null} becomes an empty value.
 */
public final class TsvWriter {

    private final PrintWriter out;
    private final List<String> header;

    /** Starts a table on {@code out} by writing its header row. */
    public TsvWriter(PrintWriter out, List<String> header) {
        this.out = out;
        this.header = List.copyOf(header);
        row(this.header);
    }

    /** Writes one row; it needs one value per header column. */
    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    /** Writes one row; it needs one value per header column. */
    public void row(List<?> values) {
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                    "a TSV row needs " + header.size() + " values " + header + " but got " + values.size());
        }
        out.println(values.stream().map(TsvWriter::escape).collect(Collectors.joining("\t")));
    }

    /** {@code value} with backslash, tab, newline and carriage return escaped, other control characters as U+FFFD; {@code null} as empty. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(ControlCharacters.isControl(c) ? ControlCharacters.REPLACEMENT : c);
            }
        }
        return escaped.toString();
    }
}
