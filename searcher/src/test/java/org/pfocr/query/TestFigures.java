package org.pfocr.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.schema.FigureFields;

/** A few figures (an id, a figure title and a caption each) in memory, indexed as the indexer would, for parser tests. */
final class TestFigures implements AutoCloseable {

    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;

    /** Indexes {@code idTitleCaption}: an id, a title and a caption for each figure, one after the other. */
    TestFigures(String... idTitleCaption) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.create()))) {
            for (int i = 0; i + 2 < idTitleCaption.length; i += 3) {
                Document doc = new Document();
                doc.add(new StringField(FigureFields.FIGID, idTitleCaption[i], Field.Store.YES));
                doc.add(new TextField(FigureFields.FIGURE_TITLE, idTitleCaption[i + 1], Field.Store.NO));
                doc.add(new TextField(FigureFields.CAPTION, idTitleCaption[i + 2], Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the figures {@code query} matches, best first. */
    List<String> ranking(Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(FigureFields.FIGID));
        }
        return ids;
    }

    /** The score {@code query} gives each figure it matches, by id. */
    Map<String, Float> scores(Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            scores.put(searcher.storedFields().document(hit.doc).get(FigureFields.FIGID), hit.score);
        }
        return scores;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
