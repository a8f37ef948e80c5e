package org.pfocr.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pfocr.query.QueryException;
import org.pfocr.results.Hit;
import org.pfocr.search.FigureSearcher;
import org.pfocr.search.SearchRequest;

/**
 * Runs a judged query set through a {@link FigureSearcher} and scores the rankings with
 * {@link Metrics}: each query fetches its top {@value Metrics#RECALL_DEPTH} hits by relevance.
 *
 * <pre>{@code
 * EvaluationReport report = new Evaluator(searcher).evaluate(
 *         QueriesFile.read(Path.of("queries.tsv")), Qrels.read(Path.of("qrels.txt")));
 * System.out.print(ScoreTable.format(report));
 * }</pre>
 */
public final class Evaluator {

    private final FigureSearcher searcher;

    /** An evaluator that searches with {@code searcher}. */
    public Evaluator(FigureSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Scores every query of {@code queries}; judgments of queries not in the list are ignored.
     *
     * @throws IllegalArgumentException when a query has no relevant figure in {@code qrels}, so
     *     that its scores would mean nothing
     * @throws QueryException when a query cannot be run; the message names its id
     */
    public EvaluationReport evaluate(List<JudgedQuery> queries, Qrels qrels) throws IOException, QueryException {
        for (JudgedQuery query : queries) {
            if (qrels.relevantCount(query.id()) == 0) {
                throw new IllegalArgumentException("judged query " + query.id() + " (" + query.query()
                        + ") has no figure judged relevant: add judgments for it or remove it");
            }
        }
        List<QueryScore> scores = new ArrayList<>(queries.size());
        for (JudgedQuery query : queries) {
            scores.add(score(query, ranking(query), qrels.grades(query.id())));
        }
        return EvaluationReport.of(scores);
    }

    /**
     * The figures judged relevant to {@code queries} in {@code qrels} that the index does not hold,
     * sorted: no ranking can find them, so their queries cannot reach full scores (judgments made
     * for another index, or a mistyped figid).
     */
    public List<String> relevantButNotIndexed(List<JudgedQuery> queries, Qrels qrels) throws IOException {
        Set<String> judged = new TreeSet<>();
        for (JudgedQuery query : queries) {
            qrels.grades(query.id()).forEach((figid, grade) -> {
                if (grade > 0) {
                    judged.add(figid);
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (String figid : judged) {
            if (searcher.get(figid).isEmpty()) {
                missing.add(figid);
            }
        }
        return missing;
    }

    /** Scores one ranking of {@code query} against its judgments. */
    static QueryScore score(JudgedQuery query, List<String> ranked, Map<String, Integer> grades) {
        return new QueryScore(query.id(), query.query(),
                Metrics.ndcg(ranked, grades, Metrics.NDCG_DEPTH),
                Metrics.reciprocalRank(ranked, grades),
                Metrics.recall(ranked, grades, Metrics.RECALL_DEPTH),
                (int) grades.values().stream().filter(grade -> grade > 0).count(),
                Metrics.relevantIn(ranked, grades, Metrics.NDCG_DEPTH),
                ranked);
    }

    private List<String> ranking(JudgedQuery query) throws IOException, QueryException {
        try {
            return searcher.search(SearchRequest.of(query.query()).withLimit(Metrics.RECALL_DEPTH)).hits().stream()
                    .map(Hit::figid)
                    .toList();
        } catch (QueryException e) {
            throw new QueryException(e.kind(), e.query(), e.position(), "judged query " + query.id() + ": " + e.problem(),
                    e.hint());
        }
    }
}
