package org.pfocr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading queries, judgments and pinned scores, and naming the line of what is wrong. */
class EvalFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsQueriesSkippingCommentsAndBlankLines() throws Exception {
        Path file = write("queries.tsv", "# qid\tquery\tnote\n\nq1\tRANKL\tosteoclasts\nq2\torganism:yeast glucose\n");
        assertEquals(List.of(new JudgedQuery("q1", "RANKL", "osteoclasts"),
                new JudgedQuery("q2", "organism:yeast glucose", "")), QueriesFile.read(file));
    }

    @Test
    void queryErrorsNameFileAndLine() throws Exception {
        Path oneColumn = write("one.tsv", "# header\nq1\tRANKL\tnote\nq2 RANKL\n");
        EvalFileException error = assertThrows(EvalFileException.class, () -> QueriesFile.read(oneColumn));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().startsWith(oneColumn + ":3: expected 'qid<TAB>query<TAB>note'"), error.getMessage());
        Path twice = write("twice.tsv", "q1\tRANKL\nq1\tTNFSF11\n");
        assertTrue(assertThrows(EvalFileException.class, () -> QueriesFile.read(twice)).getMessage()
                .startsWith(twice + ":2: query id 'q1' is used twice"));
        Path empty = write("empty.tsv", "# nothing\n");
        assertEquals(1, assertThrows(EvalFileException.class, () -> QueriesFile.read(empty)).line());
    }

    @Test
    void readsTrecQrels() throws Exception {
        Path file = write("qrels.txt", "q1 0 figA 2\nq1\t0\tfigB\t1\nq1 0 figC 0\nq2 0 figA 1\n");
        Qrels qrels = Qrels.read(file);
        assertEquals(Map.of("figA", 2, "figB", 1, "figC", 0), qrels.grades("q1"));
        assertEquals(2, qrels.relevantCount("q1"));
        assertEquals(Map.of(), qrels.grades("q9"));
        assertEquals(List.of("q1", "q2"), List.copyOf(qrels.queryIds()));
    }

    @Test
    void qrelsErrorsNameFileAndLine() throws Exception {
        Path badGrade = write("grade.txt", "q1 0 figA 2\nq1 0 figB 3\n");
        assertTrue(assertThrows(EvalFileException.class, () -> Qrels.read(badGrade)).getMessage()
                .startsWith(badGrade + ":2: grade 3 is outside 0 to 2"));
        Path notNumber = write("nan.txt", "q1 0 figA high\n");
        assertTrue(assertThrows(EvalFileException.class, () -> Qrels.read(notNumber)).getMessage()
                .startsWith(notNumber + ":1: grade 'high' is not a number"));
        Path columns = write("columns.txt", "q1 figA 2\n");
        assertTrue(assertThrows(EvalFileException.class, () -> Qrels.read(columns)).getMessage()
                .startsWith(columns + ":1: expected 'qid 0 figid grade'"));
        Path twice = write("twice.txt", "q1 0 figA 2\n\nq1 0 figA 1\n");
        assertEquals(3, assertThrows(EvalFileException.class, () -> Qrels.read(twice)).line());
    }

    @Test
    void pinnedScoresRoundTripAndReportChangesBeyondTheTolerance() throws Exception {
        QueryScore q1 = new QueryScore("q1", "a", 0.91234, 1, 0.5, 2, 2, List.of());
        QueryScore q2 = new QueryScore("q2", "b", 0.4, 0.5, 1, 1, 1, List.of());
        PinnedScores pinned = PinnedScores.of(EvaluationReport.of(List.of(q1, q2)));
        Path file = write("regression.tsv", pinned.format("pinned for a test\nsecond line"));
        String text = Files.readString(file);
        assertTrue(text.startsWith("# pinned for a test\n# second line\n# qid\tndcg@10\tmrr\trecall@20\nALL\t0.656\t0.750\t0.750\n"),
                text);
        assertTrue(text.contains("q1\t0.912\t1.000\t0.500\n"), text);
        PinnedScores read = PinnedScores.read(file);
        assertEquals(List.of("ALL", "q1", "q2"), read.ids());
        assertEquals(0.912, read.value("q1", Metric.NDCG_10));
        assertNull(read.value("q3", Metric.MRR));

        QueryScore q1Worse = new QueryScore("q1", "a", 0.9110, 1, 0.5, 2, 2, List.of());
        QueryScore q2Better = new QueryScore("q2", "b", 0.4004, 1, 1, 1, 1, List.of());
        List<PinnedScores.Change> changes = read.compare(EvaluationReport.of(List.of(q1Worse, q2Better)), 0.0005);
        assertEquals(List.of(
                new PinnedScores.Change("ALL", Metric.MRR, 0.75, 1.0),
                new PinnedScores.Change("q1", Metric.NDCG_10, 0.912, 0.911),
                new PinnedScores.Change("q2", Metric.MRR, 0.5, 1.0)), changes.stream()
                .map(c -> new PinnedScores.Change(c.id(), c.metric(), c.pinned(), Math.round(c.actual() * 1000) / 1000.0))
                .toList());
        assertTrue(changes.get(1).isDrop());
        assertTrue(!changes.get(2).isDrop());
        assertTrue(ScoreTable.format(changes).contains("q1     ndcg@10      0.912   0.911  -0.001"), ScoreTable.format(changes));
    }

    @Test
    void pinnedScoreErrorsNameFileAndLine() throws Exception {
        Path outOfRange = write("bad.tsv", "ALL\t0.9\t0.9\t0.9\nq1\t1.2\t1\t1\n");
        assertTrue(assertThrows(EvalFileException.class, () -> PinnedScores.read(outOfRange)).getMessage()
                .startsWith(outOfRange + ":2: score '1.2' is not a number from 0 to 1"));
        Path columns = write("columns.tsv", "q1\t0.5\t0.5\n");
        assertEquals(1, assertThrows(EvalFileException.class, () -> PinnedScores.read(columns)).line());
    }
}
