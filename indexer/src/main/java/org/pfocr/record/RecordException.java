package org.pfocr.record;

/** Thrown when a record file cannot be indexed; carries the {@link Problem} to report. */
public final class RecordException extends Exception {
    private final transient Problem problem;

    public RecordException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public RecordException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The problem to report. */
    public Problem problem() {
        return problem;
    }
}
