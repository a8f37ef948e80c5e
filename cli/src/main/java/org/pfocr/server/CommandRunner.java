package org.pfocr.server;

import java.util.Optional;

/**
 * Runs a {@code pfocr} command line for a launcher, in the server's process, so that it answers
 * without a new JVM's start (the {@code /cli} endpoint, see {@link FigureServer#acceptCommands}).
 */
@FunctionalInterface
public interface CommandRunner {

    /**
     * What the command {@code request} names writes to standard output, when it can be run here
     * and succeeds having written nothing else; empty otherwise (another index, a command that is
     * not read-only, a failure, a note on standard error), and the launcher runs it itself.
     */
    Optional<byte[]> run(CommandRequest request);
}
