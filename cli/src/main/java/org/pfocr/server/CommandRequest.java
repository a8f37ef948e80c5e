package org.pfocr.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code pfocr} command line a launcher asks the server to run for it (see {@link CommandRunner}):
 * its arguments, and the working directory, environment and terminals the launcher has.
 *
 * <p>Sent as the body of {@code POST /cli}: UTF-8 strings each ended by a NUL byte (which no argument
 * can hold), first {@value #VERSION}, then pairs of a key and a value: {@code cwd} and an absolute
 * path (once), {@code env} and {@code NAME=value}, {@code tty} and {@code stdin} or {@code stdout} for
 * each that is a terminal, {@code arg} and one argument, in order.
 *
 * @param arguments the arguments after {@code pfocr}
 * @param workingDirectory the launcher's working directory, absolute
 * @param environment the variables the launcher passes on
 * @param terminals which of {@code stdin} and {@code stdout} are terminals
 */
public record CommandRequest(List<String> arguments, Path workingDirectory, Map<String, String> environment,
        Set<String> terminals) {

    /** The first string of every request: the format's name and version. */
    static final String VERSION = "pfocr-command/1";
    private static final Set<String> STREAMS = Set.of("stdin", "stdout");

    public CommandRequest {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
        terminals = Set.copyOf(terminals);
    }

    /**
     * The request {@code body} holds.
     *
     * @throws HttpFailure 400 naming what is wrong with it
     */
    static CommandRequest parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.endsWith("\0")) {
            throw HttpFailure.badRequest("a command request is strings each ended by a NUL byte");
        }
        String[] strings = text.substring(0, text.length() - 1).split("\0", -1);
        if (!strings[0].equals(VERSION) || strings.length % 2 != 1) {
            throw HttpFailure.badRequest("a command request starts with " + VERSION + ", then pairs of a key and a value");
        }
        List<String> arguments = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        Set<String> terminals = new LinkedHashSet<>();
        Path workingDirectory = null;
        for (int i = 1; i < strings.length; i += 2) {
            String value = strings[i + 1];
            switch (strings[i]) {
                case "arg" -> arguments.add(value);
                case "cwd" -> workingDirectory = absolute(value);
                case "env" -> {
                    int equals = value.indexOf('=');
                    if (equals <= 0) {
                        throw HttpFailure.badRequest("'env' takes NAME=value, not '" + value + "'");
                    }
                    environment.put(value.substring(0, equals), value.substring(equals + 1));
                }
                case "tty" -> {
                    if (!STREAMS.contains(value)) {
                        throw HttpFailure.badRequest("'tty' takes stdin or stdout, not '" + value + "'");
                    }
                    terminals.add(value);
                }
                default -> throw HttpFailure.badRequest("unknown key '" + strings[i] + "': the keys are arg, cwd, env and tty");
            }
        }
        if (workingDirectory == null) {
            throw HttpFailure.badRequest("a command request needs its working directory ('cwd')");
        }
        return new CommandRequest(arguments, workingDirectory, environment, terminals);
    }

    private static Path absolute(String path) {
        try {
            Path parsed = Path.of(path);
            if (parsed.isAbsolute()) {
                return parsed;
            }
        } catch (InvalidPathException e) {
            // reported below
        }
        throw HttpFailure.badRequest("'cwd' takes an absolute path, not '" + path + "'");
    }
}
