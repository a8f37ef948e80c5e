package org.pfocr.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.GeneMention;
import org.pfocr.schema.FigureFields;
import org.pfocr.synonym.OrganismTable;

class FigureDocumentBuilderTest {

    private static final GeneMention STAT3 = new GeneMention("STAT3", "STAT3", "6774", "bioentities_symbol", null, "9606");
    private static final GeneMention IL6 = new GeneMention("IL-6", "IL6", "3569", "hgnc_symbol", null, "9606");

    /**
     * A gene a figure mentions twice (the same word, symbol, entrez id and source) indexes as if
     * mentioned once: each gene field, text or exact, has the same terms, frequencies, positions
     * and statistics; only the stored mentions keep both.
     */
    @Test
    void aGeneMentionedTwiceIndexesAsAGeneMentionedOnce() throws IOException {
        List<String> once = fields(figure(List.of(STAT3, IL6)));
        List<String> twice = fields(figure(List.of(STAT3, IL6, STAT3)));
        assertEquals(once, twice);
        assertEquals(List.of("entrez stats 1 2 2", "entrez 3569 x1: -1", "entrez 6774 x1: -1"),
                once.stream().filter(line -> line.startsWith(FigureFields.ENTREZ + " ")).toList());
    }

    private static FigureRecord figure(List<GeneMention> genes) {
        return new FigureRecord("PMC1__f1", "PMC1", "A title", "A caption.", null, null, null, null, null, 2012,
                null, null, null, List.of("Homo sapiens"), List.of(), genes, List.of(), List.of());
    }

    /** Each term of the gene fields in the one document, with its frequency and positions, and each field's statistics. */
    private static List<String> fields(FigureRecord figure) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.create()))) {
                writer.addDocument(new FigureDocumentBuilder(OrganismTable.bundled())
                        .build(figure, new SourceStamp("/records/PMC1__f1.md", "PMC1__f1.md:1:1"), problem -> { }));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                List<String> lines = new ArrayList<>();
                for (String field : List.of(FigureFields.GENE, FigureFields.GENE_WORD, FigureFields.ENTREZ,
                        FigureFields.WORD_SYMBOL_PAIR)) {
                    Terms terms = leaf.terms(field);
                    lines.add(field + " stats " + terms.getDocCount() + " " + terms.getSumDocFreq() + " "
                            + terms.getSumTotalTermFreq());
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        PostingsEnum postings = each.postings(null, PostingsEnum.ALL);
                        postings.nextDoc();
                        StringBuilder line = new StringBuilder(field).append(' ').append(term.utf8ToString())
                                .append(" x").append(postings.freq()).append(':');
                        for (int i = 0; i < postings.freq(); i++) {
                            line.append(' ').append(postings.nextPosition());
                        }
                        lines.add(line.toString());
                    }
                }
                return lines;
            }
        }
    }
}
