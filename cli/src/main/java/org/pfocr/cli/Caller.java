package org.pfocr.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command line runs for: the environment, working directory, standard input and terminals
 * of whoever typed it. A command line of this process has this process's ({@link #thisProcess()});
 * one that {@code pfocr serve} runs for a launcher has the launcher's ({@link ServedCommands}).
 *
 * @param environment the environment variables
 * @param workingDirectory what relative paths are relative to: empty for this process's own
 *     (paths stay as typed), absolute for a launcher's
 * @param stdin standard input, or {@code null} when it cannot be read here
 * @param stdinTerminal whether standard input is a terminal
 * @param stdoutTerminal whether standard output is a terminal
 */
record Caller(Map<String, String> environment, Path workingDirectory, InputStream stdin, boolean stdinTerminal,
        boolean stdoutTerminal) {

    /** This process: its environment and directory, {@code System.in}, the terminals {@link Terminal} reports. */
    static Caller thisProcess() {
        return new Caller(System.getenv(), Path.of(""), System.in, Terminal.stdinIsTerminal(),
                Terminal.stdoutIsTerminal());
    }

    /** {@code path} as the caller means it: relative ones against the caller's working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }

    /** The user's home directory: {@code $HOME}, else this JVM's {@code user.home}. */
    String home() {
        return environment.getOrDefault("HOME", System.getProperty("user.home"));
    }
}
