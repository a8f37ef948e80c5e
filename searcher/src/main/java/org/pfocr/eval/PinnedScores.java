package org.pfocr.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Effectiveness scores pinned in a regression file, to tell when a change to ranking makes a
 * query worse. The file is tab-separated, {@code qid ndcg@10 mrr recall@20}, one line per query
 * and one line {@value #OVERALL} for the means; {@code #} lines are comments (say there why a
 * score was raised). Scores are written rounded to 3 decimals, so a score that has not changed
 * differs from its pin by 0.0005 at most: compare with that tolerance. Immutable.
 */
public final class PinnedScores {

    /** The id of the line that pins the means over all queries. */
    public static final String OVERALL = "ALL";

    private static final List<Metric> COLUMNS = List.of(Metric.NDCG_10, Metric.MRR, Metric.RECALL_20);

    private final Map<String, Map<Metric, Double>> scores;

    private PinnedScores(Map<String, Map<Metric, Double>> scores) {
        this.scores = Collections.unmodifiableMap(scores);
    }

    /**
     * A score that moved away from its pinned value.
     *
     * @param id the query id, or {@value PinnedScores#OVERALL}
     * @param metric the measure
     * @param pinned the pinned value
     * @param actual the value now
     */
    public record Change(String id, Metric metric, double pinned, double actual) {

        /** Whether the score went down. */
        public boolean isDrop() {
            return actual < pinned;
        }
    }

    /**
     * Reads a regression file.
     *
     * @throws EvalFileException naming the line of a malformed row or a repeated id
     */
    public static PinnedScores read(Path file) throws IOException {
        TsvLines lines = TsvLines.read(file);
        Map<String, Map<Metric, Double>> scores = new LinkedHashMap<>();
        for (TsvLines.Line line : lines.lines()) {
            String[] columns = line.text().strip().split("\\s+");
            if (columns.length != COLUMNS.size() + 1) {
                throw lines.error(line, "expected 'qid<TAB>ndcg@10<TAB>mrr<TAB>recall@20', found "
                        + columns.length + " column(s)");
            }
            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                values.put(COLUMNS.get(i), score(lines, line, columns[i + 1]));
            }
            if (scores.put(columns[0], values) != null) {
                throw lines.error(line, "'" + columns[0] + "' is pinned twice: keep one line");
            }
        }
        return new PinnedScores(scores);
    }

    /** The scores of {@code report}, rounded to 3 decimals, to be pinned. */
    public static PinnedScores of(EvaluationReport report) {
        Map<String, Map<Metric, Double>> scores = new LinkedHashMap<>();
        Map<Metric, Double> overall = new EnumMap<>(Metric.class);
        COLUMNS.forEach(metric -> overall.put(metric, rounded(report.value(metric))));
        scores.put(OVERALL, overall);
        for (QueryScore query : report.queries()) {
            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            COLUMNS.forEach(metric -> values.put(metric, rounded(query.value(metric))));
            scores.put(query.id(), values);
        }
        return new PinnedScores(scores);
    }

    /** The pinned ids: {@value #OVERALL} and query ids, in file order. */
    public List<String> ids() {
        return List.copyOf(scores.keySet());
    }

    /** The pinned value of {@code metric} for {@code id}, or {@code null} when it is not pinned. */
    public Double value(String id, Metric metric) {
        Map<Metric, Double> values = scores.get(id);
        return values == null ? null : values.get(metric);
    }

    /**
     * The scores of {@code report} that differ from their pinned value by more than
     * {@code tolerance}, the overall means first, then queries in report order. Queries that are
     * not pinned are left out (see {@link #ids()}).
     */
    public List<Change> compare(EvaluationReport report, double tolerance) {
        List<Change> changes = new ArrayList<>();
        for (Metric metric : COLUMNS) {
            addIfMoved(changes, OVERALL, metric, report.value(metric), tolerance);
        }
        for (QueryScore query : report.queries()) {
            for (Metric metric : COLUMNS) {
                addIfMoved(changes, query.id(), metric, query.value(metric), tolerance);
            }
        }
        return changes;
    }

    /** The regression file of these scores, after {@code header} (each of its lines written as a comment). */
    public String format(String header) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        text.append("# qid\t").append(String.join("\t", COLUMNS.stream().map(Metric::label).toList())).append('\n');
        scores.forEach((id, values) -> {
            text.append(id);
            COLUMNS.forEach(metric -> text.append('\t').append(String.format(Locale.ROOT, "%.3f", values.get(metric))));
            text.append('\n');
        });
        return text.toString();
    }

    private void addIfMoved(List<Change> changes, String id, Metric metric, double actual, double tolerance) {
        Double pinned = value(id, metric);
        if (pinned != null && Math.abs(actual - pinned) > tolerance) {
            changes.add(new Change(id, metric, pinned, actual));
        }
    }

    private static double score(TsvLines lines, TsvLines.Line line, String text) throws EvalFileException {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw lines.error(line, "score '" + text + "' is not a number from 0 to 1");
    }

    private static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
