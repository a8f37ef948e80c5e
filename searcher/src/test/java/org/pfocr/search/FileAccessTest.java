package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.results.SearchResults;

/** A searcher reading the index files ({@link FileAccess#READ}) answers exactly as a memory-mapped one. */
class FileAccessTest {

    private static final List<String> QUERIES = List.of(
            "*:*", "STAT3", "genes:TNFSF11 AND organism:human", "RANKL", "\"signaling pathway\"", "apoptosis OR autophagy",
            "year:>=2015", "kinas*");

    @TempDir
    Path temp;

    @Test
    void readFilesAnswerAsMappedOnes() throws Exception {
        Path index = TestIndexes.index(temp.resolve("index"), List.of(TestIndexes.testdata().resolve("figures")));
        try (FigureSearcher mapped = FigureSearcher.open(index, FileAccess.MAPPED);
                FigureSearcher read = FigureSearcher.open(index, FileAccess.READ)) {
            for (String query : QUERIES) {
                SearchRequest request = SearchRequest.of(query).withFacets(true);
                SearchResults expected = mapped.search(request);
                SearchResults actual = read.search(request);
                assertEquals(expected.total(), actual.total(), query);
                assertEquals(expected.hits(), actual.hits(), query);
                assertEquals(expected.facets(), actual.facets(), query);
            }
            assertTrue(mapped.search(SearchRequest.of("*:*")).total() > 0, "the test index is empty");
            String figid = mapped.search(SearchRequest.of("STAT3")).hits().getFirst().figid();
            assertEquals(mapped.get(figid), read.get(figid));
            assertEquals(mapped.stats(), read.stats());
        }
    }
}
