package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;

/** The latest file in walk order wins whatever order claims arrive in; duplicates name both files. */
class FigidClaimsTest {

    private static final Map<Long, Path> WALK = Map.of(1L, Path.of("a.md"), 2L, Path.of("b.md"), 3L, Path.of("c.md"),
            4L, Path.of("d.md"));

    private final FigidClaims claims = new FigidClaims();
    private final List<Long> written = new ArrayList<>();
    /** The files written as the first of the run with their figid, so with nothing to replace in a new index. */
    private final List<Long> writtenFirst = new ArrayList<>();
    private final List<Set<Long>> walksAsked = new ArrayList<>();

    @Test
    void claimsArrivingOutOfWalkOrderKeepTheLatestFile() throws Exception {
        assertTrue(claim("F1", 3));
        assertFalse(claim("F1", 1));
        assertTrue(claim("F2", 2));
        assertTrue(claim("F1", 4));

        assertEquals(List.of(3L, 2L, 4L), written);
        assertEquals(List.of(3L, 2L), writtenFirst, "4 replaces 3");
        assertEquals(2, claims.written());
        List<Problem> problems = new ArrayList<>();
        claims.reportDuplicates(this::walk, problems::add);
        assertEquals(List.of(Set.of(3L)), walksAsked, "only paths not at hand are looked up, in one walk");
        assertEquals(2, problems.size());
        assertTrue(problems.stream().allMatch(p -> p.kind() == ProblemKind.DUPLICATE_FIGID));
        assertEquals(Path.of("a.md"), problems.get(0).path());
        assertTrue(problems.get(0).reason().contains("d.md"), "names the file kept in the end, not the one that"
                + " beat it then: " + problems.get(0).reason());
        assertEquals(Path.of("c.md"), problems.get(1).path());
        assertTrue(problems.get(1).reason().contains("d.md"), problems.get(1).reason());
    }

    @Test
    void anUnchangedFileKeepsItsPlaceInTheWalkOrder() throws Exception {
        assertFalse(claims.claimUnchanged("F1", 3, WALK.get(3L)), "nothing wrote over it");
        assertFalse(claim("F1", 1), "an earlier file wrote over an unchanged later one");
        assertTrue(claim("F2", 1));
        assertTrue(claims.claimUnchanged("F2", 2, WALK.get(2L)), "an earlier file wrote over it: write it again");
        assertTrue(claim("F2", 2), "the unchanged file's own claim kept it from being written");
        assertTrue(claim("F1", 4));
        assertFalse(claims.claimUnchanged("F3", 4, WALK.get(4L)));

        assertEquals(List.of(1L, 2L, 4L), written);
        assertEquals(List.of(1L), writtenFirst, "the other writes came after a claim of their figid (unchanged, or an earlier file)");
        assertEquals(2, claims.written(), "F3 was claimed, not written");
        List<Problem> problems = new ArrayList<>();
        claims.reportDuplicates(this::walk, problems::add);
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void withoutDuplicatesTheSourcesAreNotWalkedAgain() throws Exception {
        assertTrue(claim("F1", 1));
        assertTrue(claim("F2", 2));
        claims.reportDuplicates(this::walk, problem -> { });
        assertTrue(walksAsked.isEmpty());
    }

    @Test
    void aFileGoneWhenWalkingAgainIsStillReported() throws Exception {
        assertTrue(claim("F1", 1));
        assertTrue(claim("F1", 2));
        List<Problem> problems = new ArrayList<>();
        claims.reportDuplicates(ordinals -> Map.of(), problems::add);
        assertEquals(1, problems.size());
        assertEquals(Path.of("b.md"), problems.get(0).path());
    }

    private boolean claim(String figid, long ordinal) throws Exception {
        return claims.writeIfLatest(figid, ordinal, WALK.get(ordinal), firstOfRun -> {
            written.add(ordinal);
            if (firstOfRun) {
                writtenFirst.add(ordinal);
            }
        });
    }

    private Map<Long, Path> walk(Set<Long> ordinals) {
        walksAsked.add(Set.copyOf(ordinals));
        Map<Long, Path> found = new HashMap<>(WALK);
        found.keySet().retainAll(ordinals);
        return found;
    }
}
