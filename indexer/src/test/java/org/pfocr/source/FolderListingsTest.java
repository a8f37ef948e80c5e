package org.pfocr.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder listed ahead of its walk is listed once; every other walk lists it anew. A walked
 * {@code _data} folder's names are kept for its sibling's walk.
 */
class FolderListingsTest {

    @Test
    void theWalkTakesTheListingMadeAheadThenListsAnew(@TempDir Path folder) throws Exception {
        Files.createFile(folder.resolve("a.md"));
        FolderListings listings = new FolderListings();

        FolderNames ahead = listings.ahead(folder);
        Files.createFile(folder.resolve("b.md"));

        assertSame(ahead, listings.ahead(folder), "listed ahead once");
        assertSame(ahead, listings.forWalk(folder), "the walk takes the listing made ahead");
        assertEquals(1, ahead.size());
        assertEquals(2, listings.forWalk(folder).size(), "taken, it is listed anew");
    }

    @Test
    void aFolderNotListedAheadIsListedForItsWalk(@TempDir Path folder) throws Exception {
        Files.createFile(folder.resolve("a.md"));

        FolderNames names = new FolderListings().forWalk(folder);

        assertEquals(1, names.size());
        assertEquals("a.md", names.get(0));
    }

    @Test
    void aWalkedDataFolderIsKeptUntilTheWalkOfItsParentIsOver(@TempDir Path root) throws Exception {
        Path data = root.resolve("_data");
        FolderNames names = FolderNames.of("a-genes.tsv");
        FolderListings listings = new FolderListings();
        listings.keepWalkedData(data, names);

        assertSame(names, listings.walkedData(data));
        assertNull(listings.walkedData(root.resolve("other/_data")), "kept for its own path only");
        listings.forgetWalkedDataIn(data);
        assertSame(names, listings.walkedData(data), "a walk inside it is not its parent's");
        listings.forgetWalkedDataIn(root);
        assertNull(listings.walkedData(data), "forgotten once its parent's walk is over");
    }
}
