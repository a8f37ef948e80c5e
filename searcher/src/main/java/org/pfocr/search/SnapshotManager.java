package org.pfocr.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ReferenceManager;

/**
 * Hands out the current {@link IndexSnapshot} to concurrent searches and swaps in a new one when
 * the index has a new commit; a snapshot is closed when its last search releases it.
 */
final class SnapshotManager extends ReferenceManager<IndexSnapshot> {

    SnapshotManager(IndexSnapshot initial) {
        current = initial;
    }

    @Override
    protected void decRef(IndexSnapshot snapshot) throws IOException {
        snapshot.reader().decRef();
    }

    @Override
    protected IndexSnapshot refreshIfNeeded(IndexSnapshot current) throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(current.reader());
        if (newer == null) {
            return null;
        }
        Path directory = current.directory();
        return IndexSnapshot.of(directory, newer);
    }

    @Override
    protected boolean tryIncRef(IndexSnapshot snapshot) {
        return snapshot.reader().tryIncRef();
    }

    @Override
    protected int getRefCount(IndexSnapshot snapshot) {
        return snapshot.reader().getRefCount();
    }
}
