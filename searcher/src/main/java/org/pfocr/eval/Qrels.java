package org.pfocr.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Graded relevance judgments in the TREC qrels format: {@code qid 0 figid grade}, separated by
 * spaces or tabs, one judgment a line. Grade 2 means the figure is about the query, 1 that it is
 * relevant, 0 (or no line) that it is not. Immutable.
 */
public final class Qrels {

    /** The highest grade. */
    public static final int MAX_GRADE = 2;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, Map<String, Integer>> grades;

    private Qrels(Map<String, Map<String, Integer>> grades) {
        this.grades = grades;
    }

    /** Judgments from a map of query id to (figid to grade). */
    public static Qrels of(Map<String, Map<String, Integer>> grades) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        grades.forEach((qid, figures) -> copy.put(qid, Collections.unmodifiableMap(new LinkedHashMap<>(figures))));
        return new Qrels(Collections.unmodifiableMap(copy));
    }

    /**
     * Reads a qrels file.
     *
     * @throws EvalFileException naming the line of a malformed judgment, a grade outside 0 to
     *     {@value #MAX_GRADE}, or a figure judged twice for one query
     */
    public static Qrels read(Path file) throws IOException {
        TsvLines lines = TsvLines.read(file);
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (TsvLines.Line line : lines.lines()) {
            String[] columns = WHITESPACE.split(line.text().strip());
            if (columns.length != 4) {
                throw lines.error(line, "expected 'qid 0 figid grade', found " + columns.length + " column(s)");
            }
            int grade;
            try {
                grade = Integer.parseInt(columns[3]);
            } catch (NumberFormatException e) {
                throw lines.error(line, "grade '" + columns[3] + "' is not a number: use 0, 1 or 2");
            }
            if (grade < 0 || grade > MAX_GRADE) {
                throw lines.error(line, "grade " + grade + " is outside 0 to " + MAX_GRADE);
            }
            Integer before = grades.computeIfAbsent(columns[0], qid -> new LinkedHashMap<>()).put(columns[2], grade);
            if (before != null) {
                throw lines.error(line, columns[2] + " is judged twice for query " + columns[0] + ": keep one line");
            }
        }
        return of(grades);
    }

    /** The query ids that have judgments. */
    public Set<String> queryIds() {
        return grades.keySet();
    }

    /** The judged figures of query {@code qid} with their grades; empty when it has none. */
    public Map<String, Integer> grades(String qid) {
        return grades.getOrDefault(qid, Map.of());
    }

    /** How many figures are relevant (grade 1 or more) to query {@code qid}. */
    public int relevantCount(String qid) {
        return (int) grades(qid).values().stream().filter(grade -> grade > 0).count();
    }
}
