package org.pfocr.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.pfocr.results.Snippet;
import org.pfocr.schema.FigureFields;

/**
 * Caption snippets with Lucene's {@link UnifiedHighlighter}, reading offsets from the postings.
 * Terms matched in the gene and title fields are marked in the caption too (they share its
 * analysis), so a figure found by {@code genes:STAT3} shows STAT3 in its caption, and one found by
 * {@code TNFSF11} shows RANKL, through synonyms; a term searched in several of those fields is
 * matched, and weighs in choosing the passages, once. A caption without a match gives its opening. The
 * captions come from the caller, which has read the hits' stored fields anyway: Lucene's
 * highlighter would read and decompress them a second time. One instance serves one search.
 */
final class CaptionHighlighter extends UnifiedHighlighter {

    /** Query fields whose terms are marked in captions. */
    private static final Set<String> MARKED_FIELDS = Set.of(
            FigureFields.CAPTION, FigureFields.FIGURE_TITLE, FigureFields.PAPER_TITLE,
            FigureFields.GENE, FigureFields.GENE_WORD, FigureFields.CHEMICAL, FigureFields.DISEASE,
            FigureFields.KEYWORDS);
    /** Passages per snippet. */
    static final int PASSAGES = 2;
    private static final String[] FIELDS = {FigureFields.CAPTION};

    /** The captions of the documents being highlighted, by document id. */
    private final Map<Integer, String> captions = new HashMap<>();

    /**
     * A highlighter for one search with {@code searcher} over {@code snapshot}'s commit, whose
     * merged field infos it takes rather than merge them again (Lucene's highlighter merges them
     * once per instance).
     */
    CaptionHighlighter(IndexSearcher searcher, IndexSnapshot snapshot) {
        super(settings(searcher, snapshot.indexAnalyzer()));
        this.fieldInfos = snapshot.fieldInfos();
    }

    /** The highlighter's settings: snippet format, passages, fields whose terms are marked. */
    static Builder settings(IndexSearcher searcher, Analyzer indexAnalyzer) {
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                .withFieldMatcher(MARKED_FIELDS::contains)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SnippetFormatter.MAX_LENGTH / 2, 0.2f));
    }

    /**
     * Offsets always come from the postings, never from analysing the caption again: Lucene falls
     * back to analysis for wildcard queries, which it needs only without the Matches API.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        OffsetSource source = super.getOptimizedOffsetSource(components);
        return source == OffsetSource.ANALYSIS ? OffsetSource.POSTINGS : source;
    }

    /** Offsets from the postings come through {@link SegmentMatchesOffsetStrategy}. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS ? new SegmentMatchesOffsetStrategy(components)
                : super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * The captions of the documents being highlighted, as the caller read them; a document without
     * one has none to highlight.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            values.add(new CharSequence[] {captions.getOrDefault(doc, "")});
        }
        return values;
    }

    /**
     * {@code query} as captions are highlighted with it: its clauses on the marked fields put on the
     * caption ({@link HighlightedFieldQuery}), so that a term searched in several of them is matched
     * once, and counts once in choosing the passages.
     */
    static Query onCaption(Query query) {
        return HighlightedFieldQuery.of(query, MARKED_FIELDS::contains, FigureFields.CAPTION);
    }

    /** One snippet per document, in the order of {@code docIds}, whose captions are {@code captions}. */
    Snippet[] snippets(Query query, int[] docIds, List<String> captions) throws IOException {
        this.captions.clear();
        for (int i = 0; i < docIds.length; i++) {
            if (captions.get(i) != null) {
                this.captions.put(docIds[i], captions.get(i));
            }
        }
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, onCaption(query), docIds, new int[] {PASSAGES});
        Object[] snippets = byField.get(FigureFields.CAPTION);
        Snippet[] result = new Snippet[docIds.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = snippets[i] instanceof Snippet snippet ? snippet : Snippet.empty();
        }
        return result;
    }
}
