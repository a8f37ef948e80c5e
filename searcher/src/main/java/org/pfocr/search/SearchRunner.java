package org.pfocr.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.pfocr.query.Disjunctions;
import org.pfocr.query.FigureQueryParser;
import org.pfocr.query.QueryException;
import org.pfocr.query.QueryLimits;
import org.pfocr.results.Hit;
import org.pfocr.results.SearchResults;
import org.pfocr.results.Snippet;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;
import org.pfocr.synonym.Organism;
import org.pfocr.synonym.OrganismTable;

/** Runs one {@link SearchRequest} against one {@link IndexSnapshot}. */
final class SearchRunner {

    private static final SortField BY_FIGID = new SortField(FigureFields.FIGID, SortField.Type.STRING);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_FIGID);
    private static final Sort BY_YEAR = new Sort(
            new SortField(FigureFields.YEAR, SortField.Type.INT, true), SortField.FIELD_SCORE, BY_FIGID);
    private static final TopDocs EMPTY = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    /** Where each sort keeps the score among a hit's sort values. */
    private static final int RELEVANCE_SCORE_SLOT = 0;
    private static final int YEAR_SCORE_SLOT = 1;

    private SearchRunner() {
    }

    /**
     * Parses {@code text} with the snapshot's query analyzer, within the calling thread's time limit
     * if any, into the query that ranks (its alternatives {@linkplain Disjunctions#flatten flattened}).
     */
    static Query parse(IndexSnapshot snapshot, String text) throws QueryException {
        return Disjunctions.flatten(parser(snapshot).parseQuery(text));
    }

    /** A parser with the snapshot's query analyzer that stops at the calling thread's time limit, if any. */
    private static FigureQueryParser parser(IndexSnapshot snapshot) {
        return new FigureQueryParser(snapshot.queryAnalyzer(), snapshot.deadlines());
    }

    /**
     * Runs {@code request}. Parsing, rewriting the query, collecting hits and counting facets stop
     * at the request's time limit, with the results flagged partial; the page of hits found by
     * then still gets its snippets.
     *
     * <p>Counting and ranking are two passes over the hits: the first, without scores and without
     * the all-words bonuses (which never change which figures match), counts them and their facets
     * ({@link MatchingFigures}); the second keeps the best page only, and Lucene skips the
     * documents that cannot enter it (block-max WAND), so not every hit is scored. Together they
     * take less time than one pass that scores every hit for an exact count (README, Performance),
     * and rank the same figures with the same scores. With facets, the first pass runs on
     * {@code helpers} while this thread ranks the hits and highlights the page, then shares what
     * is left of it ({@link HitCount}). Phrases that a word of their own beside them covers
     * ({@link CoveredPhrases}) are left out of the count, and ranked with their positions read
     * only for the figures scored; the all-words bonuses are added only to the figures that could
     * enter the page with them ({@link RankingQuery}).
     */
    static SearchResults run(IndexSnapshot snapshot, SearchRequest request, HelperThreads helpers)
            throws IOException, QueryException {
        long start = System.nanoTime();
        IndexSearcher searcher = snapshot.searcher();
        // Made, once per commit, before the time limit starts: the synonyms decoded, the facet
        // ordinals and the figid order read.
        snapshot.queryAnalyzer();
        FacetOrdinalCounter counter = request.facets() ? snapshot.facetCounter() : null;
        int wanted = (int) Math.max(1, Math.min((long) request.offset() + request.limit(),
                Math.max(1, snapshot.reader().maxDoc())));
        CollectorManager<?, ? extends TopDocs> ranking = ranking(snapshot, request.sort(), wanted);
        Query query = null;
        Query matching = null;
        TopDocs topDocs = EMPTY;
        HitCount counting = null;
        long total = 0;
        boolean partial;
        boolean done = false;
        try {
            try (SearchDeadlines.Limit limit = snapshot.deadlines().start(request.timeout())) {
                FigureQueryParser parser = parser(snapshot);
                Query parsed = parser.parseQuery(request.query());
                List<SearchRequest.FacetFilter> filters = facetValues(searcher, request.filters());
                query = searcher.rewrite(filtered(Disjunctions.flatten(parsed), filters));
                Query bonusFree = parser.withoutBonuses(parsed);
                matching = bonusFree == parsed ? query : searcher.rewrite(filtered(bonusFree, filters));
                Query counted = CoveredPhrases.leftOut(matching);
                counting = counter == null ? null
                        : HitCount.start(snapshot, searcher, counted, counter, request.facetLimit(), helpers);
                topDocs = searcher.search(RankingQuery.of(query), ranking);
                if (counting == null) {
                    total = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? topDocs.totalHits.value()
                            : searcher.count(counted);
                }
                partial = searcher.timedOut();
            } catch (QueryException e) {
                if (e.kind() != QueryException.Kind.TIMEOUT) {
                    throw e;
                }
                partial = true;
            } catch (IndexSearcher.TooManyClauses e) {
                throw QueryLimits.tooManyClauses(request.query());
            } catch (ExitableDirectoryReader.ExitingReaderException e) {
                partial = true;
            }
            ScoreDoc[] page = page(topDocs.scoreDocs, request.offset(), request.limit());
            takeScoresFromSortValues(page, request.sort() == SortOrder.YEAR ? YEAR_SCORE_SLOT : RELEVANCE_SCORE_SLOT);
            List<Hit> hits = hits(snapshot, searcher, query, matching, page, request);
            HitCount.Counted counted = counting == null ? null : counting.join();
            done = true;
            return new SearchResults(request.query(), counted == null ? total : counted.total(), hits,
                    counted == null ? List.of() : counted.facets(), Duration.ofNanos(System.nanoTime() - start),
                    partial || counted != null && counted.partial());
        } finally {
            if (!done && counting != null) {
                counting.finishQuietly();
            }
        }
    }

    /**
     * What keeps the best {@code wanted} hits in {@code order}: by relevance, with the commit's
     * figid order in memory from its second search on (ties then cost an array lookup each);
     * otherwise Lucene's sort.
     */
    private static CollectorManager<?, ? extends TopDocs> ranking(IndexSnapshot snapshot, SortOrder order, int wanted)
            throws IOException {
        if (order == SortOrder.YEAR) {
            return new TopFieldCollectorManager(BY_YEAR, wanted, null, wanted);
        }
        FigidOrder figids = snapshot.figidOrderAfterFirstSearch();
        return figids == null ? new TopFieldCollectorManager(BY_RELEVANCE, wanted, null, wanted)
                : new TopByScoreThenFigid(wanted, figids);
    }

    /** {@code query}, keeping only the figures that have a value of each dimension {@code filters} name. */
    private static Query filtered(Query query, List<SearchRequest.FacetFilter> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        DrillDownQuery drillDown = new DrillDownQuery(FigureFacets.config(), query);
        for (SearchRequest.FacetFilter filter : filters) {
            drillDown.add(filter.dimension(), filter.value());
        }
        return drillDown;
    }

    /**
     * The facet values {@code filters} mean: an organism by any of its names or its taxon id
     * ({@code human}, {@code 9606}) is the scientific name its figures were indexed with; a value
     * no figure has stands for those that differ from it in case only ({@link FacetFilterValues}).
     */
    private static List<SearchRequest.FacetFilter> facetValues(IndexSearcher searcher,
            List<SearchRequest.FacetFilter> filters) throws IOException {
        List<SearchRequest.FacetFilter> values = new ArrayList<>();
        for (SearchRequest.FacetFilter filter : filters) {
            String value = !filter.dimension().equals(FigureFields.FACET_ORGANISM) ? filter.value()
                    : OrganismTable.bundled().lookup(filter.value()).map(Organism::scientificName).orElse(filter.value());
            for (String meant : FacetFilterValues.of(searcher.getIndexReader(), filter.dimension(), value)) {
                values.add(new SearchRequest.FacetFilter(filter.dimension(), meant));
            }
        }
        return values;
    }

    /**
     * Sets each hit's score from its sort values: both sorts rank by score, so the collector kept
     * it, and scoring the page's documents again is not needed.
     */
    private static void takeScoresFromSortValues(ScoreDoc[] page, int slot) {
        for (ScoreDoc hit : page) {
            hit.score = (Float) ((FieldDoc) hit).fields[slot];
        }
    }

    private static ScoreDoc[] page(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length || limit == 0) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(all, offset, Math.min(all.length, offset + limit));
    }

    /**
     * The page's hits: their stored fields, caption snippets and matched fields, found with
     * {@code matching} (the same terms in the same fields as the ranked {@code query}, in half the
     * time when it has all-words bonuses), and the explanation of their score by {@code query}.
     */
    private static List<Hit> hits(IndexSnapshot snapshot, IndexSearcher searcher, Query query, Query matching,
            ScoreDoc[] page, SearchRequest request) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(page.length);
        for (int doc : docIds) {
            docs.add(StoredFigures.load(stored, doc, StoredFigures.HIT_FIELDS));
        }
        Snippet[] snippets = new CaptionHighlighter(searcher, snapshot)
                .snippets(matching, docIds, docs.stream().map(doc -> doc.get(FigureFields.CAPTION)).toList());
        List<List<String>> matched = new MatchedFields(searcher, matching).of(docIds);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = docs.get(i);
            String explanation = request.explain() ? searcher.explain(query, docIds[i]).toString() : null;
            hits.add(new Hit(request.offset() + i + 1, doc.get(FigureFields.FIGID), page[i].score,
                    doc.get(FigureFields.FIGURE_TITLE), doc.get(FigureFields.PAPER_TITLE), StoredFigures.year(doc),
                    StoredFigures.values(doc, FigureFields.ORGANISM), StoredFigures.values(doc, FigureFields.GENE),
                    doc.get(FigureFields.PMCID), doc.get(FigureFields.URL), snippets[i], matched.get(i),
                    explanation));
        }
        return hits;
    }
}
