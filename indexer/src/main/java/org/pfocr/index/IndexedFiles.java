package org.pfocr.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.pfocr.schema.FigureFields;

/**
 * What the index held of each record file before an update, by path: looked up in the index's
 * last commit when asked rather than copied into memory, so that an update of a million figures
 * needs no more heap than a rebuild (a bit per figure, to know which files were taken). Each file
 * is {@link #take taken} once, from any thread; the files no one took are the ones the update did
 * not read.
 */
final class IndexedFiles implements Closeable {

    private static final Set<String> STAMP_AND_FIGID = Set.of(FigureFields.SOURCE_STAMP, FigureFields.FIGID);
    private static final Set<String> PATH = Set.of(FigureFields.SOURCE_PATH);

    private final DirectoryReader reader;
    private final FixedBitSet taken;
    /** Term and stored-field readers are not thread-safe: each thread looks up with its own. */
    private final ThreadLocal<Lookup> lookups = ThreadLocal.withInitial(Lookup::new);

    private IndexedFiles(DirectoryReader reader) {
        this.reader = reader;
        this.taken = new FixedBitSet(Math.max(1, reader == null ? 0 : reader.maxDoc()));
    }

    /** The files of the last commit in {@code directory}; close it when the update is done with them. */
    static IndexedFiles open(Directory directory) throws IOException {
        return new IndexedFiles(DirectoryReader.open(directory));
    }

    /** No files, for a rebuild. */
    static IndexedFiles none() {
        return new IndexedFiles(null);
    }

    /**
     * What the index holds of the record file at {@code path} (a {@link
     * org.pfocr.document.SourceStamp#pathKey}), taking it; {@code null} when it holds nothing of it
     * or the file was taken already.
     */
    IndexedFile take(String path) throws IOException {
        if (reader == null) {
            return null;
        }
        Lookup lookup = lookups.get();
        BytesRef term = new BytesRef(path);
        List<LeafReaderContext> leaves = reader.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            int doc = lookup.liveDoc(i, term);
            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                if (!markTaken(leaves.get(i).docBase + doc)) {
                    return null;
                }
                IndexedFile indexed = lookup.fromDocValues(i, doc);
                if (indexed != null) {
                    return indexed;
                }
                Document figure = lookup.stored(i).document(doc, STAMP_AND_FIGID);
                return new IndexedFile(figure.get(FigureFields.SOURCE_STAMP), figure.get(FigureFields.FIGID));
            }
        }
        return null;
    }

    /**
     * Calls {@code action} with the path of every file not taken. The paths are read from the
     * index's terms, not its stored fields: a million take seconds, not a minute.
     */
    void forEachPathNotTaken(Consumer<String> action) throws IOException {
        if (reader == null) {
            return;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(FigureFields.SOURCE_PATH);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum paths = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef path = paths.next(); path != null; path = paths.next()) {
                postings = paths.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (isLiveAndNotTaken(leaf, live, doc)) {
                        action.accept(path.utf8ToString());
                    }
                }
            }
        }
    }

    /**
     * Calls {@code action} with the path and figid of every file not taken whose figid {@code
     * wanted} accepts, in index order. The figids are read from doc values; the stored path only
     * of the files wanted.
     */
    void forEachNotTaken(Predicate<String> wanted, BiConsumer<String, String> action) throws IOException {
        if (reader == null) {
            return;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues figids = DocValues.getSorted(leaf.reader(), FigureFields.FIGID);
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = figids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = figids.nextDoc()) {
                if (isLiveAndNotTaken(leaf, live, doc)) {
                    String figid = figids.lookupOrd(figids.ordValue()).utf8ToString();
                    if (wanted.test(figid)) {
                        action.accept(stored.document(doc, PATH).get(FigureFields.SOURCE_PATH), figid);
                    }
                }
            }
        }
    }

    private synchronized boolean markTaken(int doc) {
        return !taken.getAndSet(doc);
    }

    /** Whether document {@code doc} of segment {@code leaf}, whose live documents are {@code live}, is a file not taken. */
    private boolean isLiveAndNotTaken(LeafReaderContext leaf, Bits live, int doc) {
        return (live == null || live.get(doc)) && !isTaken(leaf.docBase + doc);
    }

    private synchronized boolean isTaken(int doc) {
        return taken.get(doc);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }

    /**
     * One thread's readers of the source paths, doc values and stored fields of each segment, made
     * as needed. Doc values are read forward only: looking a document up before the last one read
     * starts the segment's reader again (files are mostly asked for in the order they were indexed).
     */
    private final class Lookup {

        private final TermsEnum[] paths = new TermsEnum[reader.leaves().size()];
        private final PostingsEnum[] postings = new PostingsEnum[paths.length];
        private final StoredFields[] stored = new StoredFields[paths.length];
        private final BinaryDocValues[] stamps = new BinaryDocValues[paths.length];
        private final SortedDocValues[] figids = new SortedDocValues[paths.length];

        /** The live document of segment {@code leaf} with source path {@code term}, or {@code NO_MORE_DOCS}. */
        int liveDoc(int leaf, BytesRef term) throws IOException {
            TermsEnum terms = paths(leaf);
            if (!terms.seekExact(term)) {
                return DocIdSetIterator.NO_MORE_DOCS;
            }
            postings[leaf] = terms.postings(postings[leaf], PostingsEnum.NONE);
            Bits live = reader.leaves().get(leaf).reader().getLiveDocs();
            int doc = postings[leaf].nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS && live != null && !live.get(doc)) {
                doc = postings[leaf].nextDoc();
            }
            return doc;
        }

        /**
         * The stamp and figid of document {@code doc} of segment {@code leaf} from doc values (a
         * lookup, where stored fields decompress a block of documents), or {@code null} when it has
         * no stamp there: an index written before stamps were doc values keeps them stored only.
         */
        IndexedFile fromDocValues(int leaf, int doc) throws IOException {
            LeafReader segment = reader.leaves().get(leaf).reader();
            if (stamps[leaf] == null || stamps[leaf].docID() > doc) {
                stamps[leaf] = DocValues.getBinary(segment, FigureFields.SOURCE_STAMP_VALUES);
            }
            if (!stamps[leaf].advanceExact(doc)) {
                return null;
            }
            if (figids[leaf] == null || figids[leaf].docID() > doc) {
                figids[leaf] = DocValues.getSorted(segment, FigureFields.FIGID);
            }
            if (!figids[leaf].advanceExact(doc)) {
                return null;
            }
            return new IndexedFile(stamps[leaf].binaryValue().utf8ToString(),
                    figids[leaf].lookupOrd(figids[leaf].ordValue()).utf8ToString());
        }

        StoredFields stored(int leaf) throws IOException {
            if (stored[leaf] == null) {
                stored[leaf] = reader.leaves().get(leaf).reader().storedFields();
            }
            return stored[leaf];
        }

        private TermsEnum paths(int leaf) throws IOException {
            if (paths[leaf] == null) {
                Terms terms = reader.leaves().get(leaf).reader().terms(FigureFields.SOURCE_PATH);
                paths[leaf] = terms == null ? TermsEnum.EMPTY : terms.iterator();
            }
            return paths[leaf];
        }
    }
}
