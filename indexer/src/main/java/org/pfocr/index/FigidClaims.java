package org.pfocr.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;

/**
 * Decides which file's figure is kept when several files hold the same figid: the one found last
 * in walk order, whatever order the indexing threads finish in. Claims and writes of one figid are
 * serialised by a lock striped on the figid, so distinct figids never wait for each other.
 *
 * <p>Memory stays small however large the corpus: a claim is the figid's bytes in a
 * {@link BytesRefHash} and the walk ordinal of its file (some 60 bytes a figure), not the file's
 * path. Duplicates are rare, so the paths a duplicate warning names are found by walking the
 * sources again once, at the end ({@link #reportDuplicates}).
 */
final class FigidClaims {

    /** A write of one figure to the index. */
    interface Write {
        /**
         * @param firstOfRun whether no other file of this run has claimed the figid, so that in a
         *     new index no figure with it can be there to replace
         */
        void run(boolean firstOfRun) throws IOException;
    }

    /**
     * Two files with one figid: the one left out and the one that beat it, by walk ordinal (with
     * three or more, a later file may beat that one too); a path is {@code null} when not at hand.
     */
    private record Duplicate(String figid, long other, Path otherFile, long kept, Path keptFile) {
    }

    private final BytesRefHash figids = new BytesRefHash();
    /** The walk ordinal of the latest file claiming each figid, by its id in {@link #figids}. */
    private long[] latest = new long[1024];
    /** The ids in {@link #figids} of the figids written, as opposed to only claimed for an unchanged file. */
    private final BitSet written = new BitSet();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final Object[] locks = new Object[64];

    FigidClaims() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Runs {@code write} unless a file found later in walk order already holds {@code figid};
     * remembers a {@link ProblemKind#DUPLICATE_FIGID} warning when there are two.
     *
     * @param ordinal the file's place in walk order (1 for the first record file)
     * @return whether {@code write} ran
     */
    boolean writeIfLatest(String figid, long ordinal, Path file, Write write) throws IOException {
        synchronized (lockOf(figid)) {
            long earlier = claim(figid, ordinal);
            // Equal: the same file claimed it before, as unchanged (claimUnchanged).
            boolean latest = earlier <= ordinal;
            if (latest) {
                write.run(earlier == 0);
                markWritten(figid);
            }
            noteDuplicate(figid, earlier, ordinal, file);
            return latest;
        }
    }

    /**
     * Claims {@code figid} for an unchanged file whose figure the index already holds, so that an
     * update keeps the same file of several with one figid as a rebuild would; remembers a warning
     * when there are two.
     *
     * @return whether a file earlier in walk order has written over the figure, so that this file
     *     must be written again ({@link #writeIfLatest})
     */
    boolean claimUnchanged(String figid, long ordinal, Path file) {
        synchronized (lockOf(figid)) {
            long earlier = claim(figid, ordinal);
            noteDuplicate(figid, earlier, ordinal, file);
            return earlier != 0 && earlier < ordinal;
        }
    }

    /** The walk ordinal of the file {@code figid} was last claimed by, 0 if none claimed it. */
    synchronized long latest(String figid) {
        int id = figids.find(new BytesRef(figid));
        return id < 0 ? 0 : latest[id];
    }

    private synchronized void markWritten(String figid) {
        written.set(figids.find(new BytesRef(figid)));
    }

    private Object lockOf(String figid) {
        return locks[Math.floorMod(figid.hashCode(), locks.length)];
    }

    /** Remembers that the files at {@code earlier} and {@code ordinal} both hold {@code figid}, if they are two. */
    private void noteDuplicate(String figid, long earlier, long ordinal, Path file) {
        if (earlier == 0 || earlier == ordinal) {
            return;
        }
        synchronized (this) {
            duplicates.add(earlier < ordinal
                    ? new Duplicate(figid, earlier, null, ordinal, file)
                    : new Duplicate(figid, ordinal, file, earlier, null));
        }
    }

    /** Records {@code ordinal} as the latest claim of {@code figid} when it is; returns the latest before, 0 for none. */
    private synchronized long claim(String figid, long ordinal) {
        int id = figids.add(new BytesRef(figid));
        if (id >= 0) {
            latest = ArrayUtil.grow(latest, id + 1);
            latest[id] = ordinal;
            return 0;
        }
        id = -id - 1;
        long earlier = latest[id];
        latest[id] = Math.max(earlier, ordinal);
        return earlier;
    }

    /**
     * Reports every file left out for another with its figid, naming the file kept in the end (of
     * three or more, the last in walk order, whichever file beat this one).
     *
     * @param paths the record files at the given walk ordinals, found by walking the sources
     *     again; asked only when there are duplicates
     */
    void reportDuplicates(Function<Set<Long>, Map<Long, Path>> paths, Consumer<Problem> problems) {
        if (duplicates.isEmpty()) {
            return;
        }
        Map<Long, Path> atHand = new HashMap<>();
        Set<Long> unknown = new TreeSet<>();
        for (Duplicate duplicate : duplicates) {
            if (duplicate.otherFile() != null) {
                atHand.put(duplicate.other(), duplicate.otherFile());
            }
            if (duplicate.keptFile() != null) {
                atHand.put(duplicate.kept(), duplicate.keptFile());
            }
        }
        for (Duplicate duplicate : duplicates) {
            for (long ordinal : new long[] {duplicate.other(), latest(duplicate.figid())}) {
                if (!atHand.containsKey(ordinal)) {
                    unknown.add(ordinal);
                }
            }
        }
        if (!unknown.isEmpty()) {
            atHand.putAll(paths.apply(unknown));
        }
        for (Duplicate duplicate : duplicates) {
            Path other = atHand.get(duplicate.other());
            Path kept = atHand.get(latest(duplicate.figid()));
            problems.accept(other != null && kept != null
                    ? Problem.of(ProblemKind.DUPLICATE_FIGID, other, "figid " + duplicate.figid() + " is also in "
                            + kept + ", which comes later and is kept")
                    : Problem.of(ProblemKind.DUPLICATE_FIGID, other != null ? other : kept, "figid "
                            + duplicate.figid() + " is also in another record file, which the sources no longer hold"
                            + " where it was (they changed during indexing); the one found later was kept"));
        }
    }

    /** The number of distinct figids written. */
    synchronized int written() {
        return written.cardinality();
    }
}
