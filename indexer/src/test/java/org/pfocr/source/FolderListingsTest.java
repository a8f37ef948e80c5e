package org.pfocr.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder listed ahead of its walk is listed once; every other walk lists it anew. */
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
}
