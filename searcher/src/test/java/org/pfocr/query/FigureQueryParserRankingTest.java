package org.pfocr.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.analysis.SynonymRules;
import org.pfocr.schema.FigureFields;

/** Figures that have more of the query's words rank higher; hyphenated words find their parts written apart. */
class FigureQueryParserRankingTest {

    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.create()))) {
            add(writer, "tcells", "T-cell differentiation",
                    "Differentiation of T cells: differentiation signals and differentiation programs.");
            add(writer, "osteoclasts", "Bone remodelling", "RANKL drives osteoclast differentiation in bone.");
            add(writer, "bone", "Bone remodelling", "Osteoclast and osteoblast in bone.");
            add(writer, "cytokines", "Cytokine signalling", "Receptors activate the IL-6/JAK/STAT pathway.");
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void aFigureWithEveryWordOutranksOneWithOneWordOften() throws Exception {
        assertEquals(List.of("osteoclasts", "tcells", "bone"), ranking("osteoclast differentiation"));
    }

    @Test
    void matchingEveryClauseOfAnOrRanksFirst() throws Exception {
        assertEquals("osteoclasts", ranking("title:bone differentiation").get(0));
    }

    @Test
    void theBonusNeedsSeveralOptionalWordsOrClauses() throws Exception {
        assertFalse(hasAllWordsBonus(parse("osteoclast")));
        assertTrue(hasAllWordsBonus(parse("osteoclast differentiation")));
        assertTrue(hasAllWordsBonus(parse("title:bone differentiation")));
        assertFalse(hasAllWordsBonus(parse("title:bone AND osteoclast")));
        assertFalse(hasAllWordsBonus(parse("\"osteoclast differentiation\"")));
    }

    @Test
    void aHyphenatedWordFindsItsPartsWrittenApart() throws Exception {
        assertEquals(List.of("cytokines"), ranking("JAK-STAT"));
        assertEquals(List.of(), ranking("STAT-JAK"));
    }

    private static void add(IndexWriter writer, String id, String title, String caption) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(FigureFields.FIGID, id, Field.Store.YES));
        doc.add(new TextField(FigureFields.FIGURE_TITLE, title, Field.Store.NO));
        doc.add(new TextField(FigureFields.CAPTION, caption, Field.Store.NO));
        writer.addDocument(doc);
    }

    private static Query parse(String text) throws QueryException {
        return new FigureQueryParser(QueryAnalyzers.create(new SynonymRules().build())).parseQuery(text);
    }

    private static List<String> ranking(String text) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(parse(text), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(FigureFields.FIGID));
        }
        return ids;
    }

    private static boolean hasAllWordsBonus(Query query) {
        List<Query> bonuses = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (parent instanceof AllWordsBonus bonus && bonus.weight() == FigureQueryParser.ALL_WORDS_WEIGHT) {
                    bonuses.add(parent);
                }
                return this;
            }
        });
        return !bonuses.isEmpty();
    }
}
