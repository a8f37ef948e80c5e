package org.pfocr.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.pfocr.query.QueryField;
import org.pfocr.query.QueryFields;

/**
 * Says which query fields matched each hit, as Lucene's {@link Matches} API reports them. Where
 * the query's clauses alone tell ({@link FieldLeaves}: the queries users type, but for prefixes and
 * the like), a field's clauses are asked whether they match the hit, stopping at the first that
 * does, through one iterator per clause and segment for all the hits, which reads document lists
 * only; otherwise the Matches API asks every clause for offsets, hit by hit. One instance serves
 * one search (one thread).
 */
final class MatchedFields {

    private final List<LeafReaderContext> leaves;
    /** By field, the weights of its clauses; {@code null} when the Matches API is asked. */
    private final Map<String, List<Weight>> clauseWeights;
    /** The whole query's weight, for the Matches API; {@code null} when the clauses are asked. */
    private final Weight weight;

    MatchedFields(IndexSearcher searcher, Query query) throws IOException {
        this.leaves = searcher.getLeafContexts();
        Query rewritten = searcher.rewrite(query);
        Map<String, List<Query>> byField = FieldLeaves.of(rewritten);
        if (byField == null) {
            this.clauseWeights = null;
            this.weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            return;
        }
        this.clauseWeights = new LinkedHashMap<>();
        for (Map.Entry<String, List<Query>> field : byField.entrySet()) {
            List<Weight> weights = new ArrayList<>();
            for (Query clause : field.getValue()) {
                weights.add(searcher.createWeight(clause, ScoreMode.COMPLETE_NO_SCORES, 1f));
            }
            clauseWeights.put(field.getKey(), weights);
        }
        this.weight = null;
    }

    /**
     * The user-facing names of the fields that matched each of {@code docs} (hits of the query), in
     * the order of {@link QueryFields#ALL}.
     */
    List<List<String>> of(int[] docs) throws IOException {
        List<Set<String>> indexFields = clauseWeights == null ? byMatches(docs) : byClauses(docs);
        List<List<String>> names = new ArrayList<>(docs.length);
        for (Set<String> matched : indexFields) {
            List<String> fieldNames = new ArrayList<>();
            for (QueryField field : QueryFields.ALL) {
                if (matched.contains(field.indexField())) {
                    fieldNames.add(field.name());
                }
            }
            names.add(fieldNames);
        }
        return names;
    }

    private List<Set<String>> byMatches(int[] docs) throws IOException {
        List<Set<String>> fields = new ArrayList<>(docs.length);
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = weight.matches(leaf, doc - leaf.docBase);
            Set<String> matched = new HashSet<>();
            if (matches != null) {
                matches.forEach(matched::add);
            }
            fields.add(matched);
        }
        return fields;
    }

    /** The hits in document order, so that each clause's iterator over a segment only moves forward. */
    private List<Set<String>> byClauses(int[] docs) throws IOException {
        List<Set<String>> fields = new ArrayList<>(Collections.nCopies(docs.length, Set.<String>of()));
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        Map<Weight, ForwardMatcher> matchers = new IdentityHashMap<>();
        LeafReaderContext segment = null;
        for (int hit : order) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[hit], leaves));
            if (leaf != segment) {
                segment = leaf;
                matchers.clear();
            }
            int doc = docs[hit] - leaf.docBase;
            Set<String> matched = new HashSet<>();
            for (Map.Entry<String, List<Weight>> field : clauseWeights.entrySet()) {
                for (Weight clause : field.getValue()) {
                    ForwardMatcher matcher = matchers.get(clause);
                    if (matcher == null) {
                        matcher = ForwardMatcher.of(clause, leaf);
                        matchers.put(clause, matcher);
                    }
                    if (matcher.matches(doc)) {
                        matched.add(field.getKey());
                        break;
                    }
                }
            }
            fields.set(hit, matched);
        }
        return fields;
    }
}
