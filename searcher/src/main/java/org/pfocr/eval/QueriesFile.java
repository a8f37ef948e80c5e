package org.pfocr.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a judged query set: one query a line, {@code qid<TAB>query<TAB>note} (the note may be
 * left out); blank lines and lines starting with {@code #} are skipped.
 */
public final class QueriesFile {

    private QueriesFile() {
    }

    /**
     * The queries of {@code file}, in file order.
     *
     * @throws EvalFileException naming the line of a malformed row or a repeated id
     */
    public static List<JudgedQuery> read(Path file) throws IOException {
        TsvLines lines = TsvLines.read(file);
        List<JudgedQuery> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TsvLines.Line line : lines.lines()) {
            String[] columns = line.text().split("\t", -1);
            if (columns.length < 2 || columns.length > 3) {
                throw lines.error(line, "expected 'qid<TAB>query<TAB>note', found " + columns.length + " column(s)");
            }
            String id = columns[0].strip();
            String query = columns[1].strip();
            if (id.isEmpty() || query.isEmpty()) {
                throw lines.error(line, "the query id and the query must not be empty");
            }
            if (!ids.add(id)) {
                throw lines.error(line, "query id '" + id + "' is used twice: give every query its own id");
            }
            queries.add(new JudgedQuery(id, query, columns.length == 3 ? columns[2].strip() : ""));
        }
        if (queries.isEmpty()) {
            throw new EvalFileException(file, 1, "no queries: write one 'qid<TAB>query<TAB>note' line per query");
        }
        return List.copyOf(queries);
    }
}
