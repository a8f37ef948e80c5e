package org.pfocr.cli;

import picocli.CommandLine.ExitCode;

/**
 * A failure the user can act on, reported as one {@code pfocr: error:} line without a stack trace
 * (unless {@code --verbose}). Runtime failures (missing or damaged index, unreadable input) exit with 1;
 * {@link #usage usage failures} (such as a malformed query) exit with 2 and point to the command's help.
 */
public final class CliFailure extends RuntimeException {

    private final int exitCode;

    private CliFailure(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A runtime failure (exit code 1); say what went wrong, where, and what to do. */
    public CliFailure(String message) {
        this(message, null, ExitCode.SOFTWARE);
    }

    /** A runtime failure (exit code 1) caused by {@code cause}, whose stack trace {@code --verbose} shows. */
    public CliFailure(String message, Throwable cause) {
        this(message, cause, ExitCode.SOFTWARE);
    }

    /** A usage failure (exit code 2), e.g. a query that does not parse. */
    public static CliFailure usage(String message, Throwable cause) {
        return new CliFailure(message, cause, ExitCode.USAGE);
    }

    /** The process exit code: 1 for runtime failures, 2 for usage failures. */
    public int exitCode() {
        return exitCode;
    }
}
