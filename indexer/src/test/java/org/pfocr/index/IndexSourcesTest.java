package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each source is read once, whatever way it is written, and never inside another. */
class IndexSourcesTest {

    @Test
    void theSameSourceWrittenTwoWaysIsReadOnceAsFirstTyped() {
        assertEquals(List.of(Path.of("s1"), Path.of("s2")),
                IndexSources.distinct(List.of(Path.of("s1"), Path.of("./s1/"), Path.of("s2"), Path.of("s1"))));
    }

    @Test
    void aSourceInsideAnotherIsRefusedNamingBoth() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> IndexSources.distinct(List.of(Path.of("s1"), Path.of("s1/_figures"))));
        assertEquals("SOURCE s1/_figures is inside SOURCE s1, which already reads it: name only s1", error.getMessage());
        assertThrows(InvalidOptionException.class, () -> IndexSources.distinct(List.of(Path.of("s1/_figures"), Path.of("s1"))));
    }

    @Test
    void aSiblingWithACommonPrefixIsNotInside() {
        assertEquals(2, IndexSources.distinct(List.of(Path.of("s1"), Path.of("s10"))).size());
    }

    @Test
    void recordedSourcesAddTheNewOnesOnceAndDropThoseInsideOthers() {
        Path root = Path.of("/data");
        List<String> recorded = IndexSources.recorded(List.of("/data/a/_figures", "/data/b"),
                List.of(root.resolve("a"), root.resolve("c"), root.resolve("b")));
        assertEquals(List.of("/data/b", "/data/a", "/data/c"), recorded);
        assertTrue(IndexSources.recorded(List.of(), List.of(Path.of("x"))).getFirst().startsWith("/"), "absolute");
    }
}
