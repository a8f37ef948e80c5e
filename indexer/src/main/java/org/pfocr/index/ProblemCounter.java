package org.pfocr.index;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;

/** Counts problems by kind and passes each on to the listener; thread-safe. */
final class ProblemCounter implements Consumer<Problem> {

    private final AtomicLongArray counts = new AtomicLongArray(ProblemKind.values().length);
    private final IndexListener listener;

    ProblemCounter(IndexListener listener) {
        this.listener = listener;
    }

    @Override
    public void accept(Problem problem) {
        counts.incrementAndGet(problem.kind().ordinal());
        listener.problem(problem);
    }

    /** The number of problems of every kind seen at least once. */
    Map<ProblemKind, Long> byKind() {
        Map<ProblemKind, Long> byKind = new EnumMap<>(ProblemKind.class);
        for (ProblemKind kind : ProblemKind.values()) {
            long count = counts.get(kind.ordinal());
            if (count > 0) {
                byKind.put(kind, count);
            }
        }
        return byKind;
    }

    /** The number of problems of all kinds. */
    long total() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }
}
