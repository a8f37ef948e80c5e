package org.pfocr.enrich;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.pfocr.query.QueryException;
import org.pfocr.query.QueryLimits;
import org.pfocr.search.InvalidRequestException;
import org.pfocr.synonym.Organism;
import org.pfocr.synonym.OrganismTable;

/** The figure filters of enrichment: an organism, and the figures matching a query. */
final class FigureFilters {

    private FigureFilters() {
    }

    /**
     * The organism of the index called {@code name}: its scientific name as indexed (ignoring
     * case), or a common name, abbreviation or taxon id of the bundled organism table.
     *
     * @throws IllegalArgumentException when no figure of the index is of that organism
     */
    static FigureGeneSets.OrganismSets organism(FigureGeneSets sets, String name) {
        Map<String, FigureGeneSets.OrganismSets> organisms = sets.organisms();
        for (FigureGeneSets.OrganismSets organism : organisms.values()) {
            if (organism.name().equalsIgnoreCase(name)) {
                return organism;
            }
        }
        String scientific = OrganismTable.bundled().lookup(name).map(Organism::scientificName).orElse(null);
        if (scientific != null && organisms.containsKey(scientific)) {
            return organisms.get(scientific);
        }
        throw new InvalidRequestException("no figure of the index is of organism '" + name + "'"
                + (scientific != null && !scientific.equalsIgnoreCase(name) ? " (" + scientific + ")" : "")
                + "; its organisms are: " + organisms.values().stream()
                        .map(o -> o.name() + " (" + o.figures().cardinality() + ")")
                        .collect(Collectors.joining(", ")));
    }

    /**
     * The live figures of {@code reader} that match {@code query}.
     *
     * @throws QueryException when the query expands to too many clauses
     */
    static FixedBitSet matching(IndexReader reader, Query query, String text) throws IOException, QueryException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FixedBitSet matches = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Weight weight;
        try {
            weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooManyClauses(text);
        }
        for (LeafReaderContext leaf : searcher.getLeafContexts()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    matches.set(leaf.docBase + doc);
                }
            }
        }
        return matches;
    }
}
