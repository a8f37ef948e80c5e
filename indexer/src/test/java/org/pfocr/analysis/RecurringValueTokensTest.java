package org.pfocr.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pfocr.schema.FigureFields;

class RecurringValueTokensTest {

    /**
     * Values of the fields the document builder replays: hyphens, Greek letters, spaces, stop
     * words, case, and a value too long to replay between two that are replayed.
     */
    private static final Map<String, List<String>> VALUES = Map.of(
            FigureFields.GENE, List.of("IL-6", "NF-κB", "TP53", "", "STAT3", "IL6ST"),
            FigureFields.GENE_WORD, List.of("IL 6", "the", "p53", "TNF-α", "Jaks"),
            FigureFields.ORGANISM, List.of("Homo sapiens", "Mus  musculus", "9606", "house mouse", "Éléphant"),
            FigureFields.CHEMICAL, List.of("of glucose and", "Ca2+", "reactive oxygen species",
                    "1-(2-chloroethyl)-3-cyclohexyl-1-nitrosourea with 5-fluorouracil and leucovorin", "ATP"),
            FigureFields.KEYWORDS, List.of("signaling pathways", "The Wnt pathway of", "apoptosis"));

    private final Analyzer analyzer = IndexAnalyzers.create();

    /**
     * A document of replayed values is indexed exactly as one of the same values analysed: the
     * same terms, frequencies and positions in each field (values several to a field, so the gaps
     * between them count, and some ending in a stop word), and the same norms; whether the
     * tokens were kept or, over the budget, analysed again; whether a field's token stream was
     * the one the writer handed back from its last value, in this document or the one before.
     */
    @ParameterizedTest(name = "keeping at most {0} bytes")
    @ValueSource(longs = {RecurringValueTokens.MAX_BYTES, 0})
    void replayedValuesIndexAsAnalysedOnes(long maxBytes) throws IOException {
        RecurringValueTokens recurring = new RecurringValueTokens(analyzer, maxBytes);
        Document analysed = new Document();
        Document replayed = new Document();
        Document replayedAgain = new Document();
        VALUES.forEach((field, values) -> {
            for (String value : values) {
                analysed.add(new TextField(field, value, Field.Store.NO));
                replayed.add(recurring.field(field, value));
                replayedAgain.add(recurring.field(field, value));
            }
        });
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                writer.addDocument(analysed);
                writer.addDocument(replayed);
                writer.addDocument(replayedAgain);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (String field : VALUES.keySet()) {
                    List<String> first = postings(leaf, field, 0);
                    assertEquals(first, postings(leaf, field, 1), field);
                    assertEquals(first, postings(leaf, field, 2), field + ", from the kept tokens");
                    NumericDocValues norms = leaf.getNormValues(field);
                    List<Long> values = new ArrayList<>();
                    for (int doc = 0; doc < 3; doc++) {
                        values.add(norms.advanceExact(doc) ? norms.longValue() : null);
                    }
                    assertEquals(List.of(values.get(0), values.get(0), values.get(0)), values, field + " norms");
                }
            }
        }
    }

    /** A long value is a plain text field, its string analysed each time; a short one's tokens are replayed. */
    @Test
    void longValuesAreAnalysedEachTime() {
        RecurringValueTokens recurring = new RecurringValueTokens(analyzer);
        String longest = "x".repeat(RecurringValueTokens.MAX_LENGTH);
        String tooLong = longest + "x";
        assertEquals(tooLong, recurring.field(FigureFields.GENE, tooLong).stringValue());
        assertNull(recurring.field(FigureFields.GENE, longest).stringValue());
    }

    /** Each term of {@code field} in {@code doc}, with its frequency and positions. */
    private static List<String> postings(LeafReader leaf, String field, int doc) throws IOException {
        List<String> postings = new ArrayList<>();
        Terms terms = leaf.terms(field);
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            PostingsEnum positions = each.postings(null, PostingsEnum.POSITIONS);
            if (positions.advance(doc) != doc) {
                continue;
            }
            StringBuilder entry = new StringBuilder(term.utf8ToString()).append(" x").append(positions.freq()).append(':');
            for (int i = 0; i < positions.freq(); i++) {
                entry.append(' ').append(positions.nextPosition());
            }
            postings.add(entry.toString());
        }
        return postings;
    }
}
