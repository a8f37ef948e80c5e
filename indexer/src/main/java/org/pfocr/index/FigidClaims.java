package org.pfocr.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;

/**
 * Decides which file's figure is kept when several files hold the same figid: the one found last
 * in walk order, whatever order the indexing threads finish in. Claims and writes of one figid are
 * serialised by a lock striped on the figid, so distinct figids never wait for each other.
 */
final class FigidClaims {

    /** A write of one figure to the index. */
    interface Write {
        void run() throws IOException;
    }

    private record Claim(long ordinal, Path file) {
    }

    private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[64];

    FigidClaims() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Runs {@code write} unless a file found later in walk order already holds {@code figid};
     * reports a {@link ProblemKind#DUPLICATE_FIGID} warning naming both files when there are two.
     *
     * @return whether {@code write} ran
     */
    boolean writeIfLatest(String figid, long ordinal, Path file, Write write, Consumer<Problem> problems)
            throws IOException {
        synchronized (locks[Math.floorMod(figid.hashCode(), locks.length)]) {
            Claim earlier = claims.get(figid);
            if (earlier == null || earlier.ordinal() < ordinal) {
                claims.put(figid, new Claim(ordinal, file));
                write.run();
            }
            if (earlier == null) {
                return true;
            }
            Path kept = earlier.ordinal() < ordinal ? file : earlier.file();
            Path other = kept == file ? earlier.file() : file;
            problems.accept(Problem.of(ProblemKind.DUPLICATE_FIGID, other,
                    "figid " + figid + " is also in " + kept + ", which comes later and is kept"));
            return kept == file;
        }
    }

    /** The number of distinct figids claimed. */
    int size() {
        return claims.size();
    }
}
