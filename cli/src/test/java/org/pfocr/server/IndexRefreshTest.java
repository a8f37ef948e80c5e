package org.pfocr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.index.FigureIndexer;
import org.pfocr.index.IndexListener;
import org.pfocr.index.IndexOptions;
import org.pfocr.search.FigureSearcher;

/** A running server moves to the index's newest commit by itself, and says so. */
class IndexRefreshTest {

    @TempDir
    Path temp;

    @Test
    void aRebuiltIndexIsServedWithoutARestart() throws Exception {
        Path index = temp.resolve("index");
        Path seeds = FigureServerTest.TESTDATA.resolve("seeds");
        new FigureIndexer(IndexOptions.rebuild(index, List.of(seeds)), IndexListener.SILENT).run();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (FigureSearcher searcher = FigureSearcher.open(index);
                FigureServer server = FigureServer.start(searcher, new InetSocketAddress("127.0.0.1", 0), 1,
                        Duration.ofMillis(50), FigureServerTest.log(log))) {
            assertEquals(3, FigureServerTest.get(server, "/stats").json().get("figures").asInt());

            new FigureIndexer(IndexOptions.rebuild(index, List.of(FigureServerTest.TESTDATA)), IndexListener.SILENT).run();

            // The refresher says so once the new commit is served: a search may see it first.
            String changed = "the index changed: now serving 18 figures";
            int figures = 3;
            for (int tries = 0; (figures == 3 || !log.contains(changed)) && tries < 400; tries++) {
                Thread.sleep(50);
                figures = FigureServerTest.get(server, "/stats").json().get("figures").asInt();
            }
            assertEquals(18, figures, "the server never moved to the rebuilt index");
            assertTrue(log.contains(changed), log.toString());
        }
    }
}
