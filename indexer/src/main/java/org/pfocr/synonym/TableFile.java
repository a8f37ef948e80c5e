package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The layout shared by the bundled tables: {@code #} comment lines, then tab-separated rows, {@code \n} endings. */
final class TableFile {
    private TableFile() {
    }

    /** Writes each comment as a {@code #} line, then the column header as a last {@code #} line. */
    static void writeComments(Writer out, List<String> comments, String columns) throws IOException {
        for (String comment : comments) {
            out.write(comment.isEmpty() ? "#\n" : "# " + comment + '\n');
        }
        out.write('#' + columns + '\n');
    }

    /** The rows of a table, each split into exactly {@code columns} cells; comment and empty lines are skipped. */
    static List<String[]> readRows(BufferedReader in, String source, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        long lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new SynonymSourceException(source, lineNumber,
                        "expected " + columns + " tab-separated columns, found " + cells.length);
            }
            rows.add(cells);
        }
        return rows;
    }
}
