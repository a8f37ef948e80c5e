package org.pfocr.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pfocr.search.FigureSearcher;
import org.pfocr.server.CommandRequest;
import org.pfocr.server.CommandRunner;
import picocli.CommandLine;

/**
 * The commands a running {@code pfocr serve} answers for the {@code pfocr} launcher, so that they
 * take milliseconds instead of a new JVM's start: the read-only ones ({@code search}, {@code show},
 * {@code similar}, {@code stats}, {@code enrich}), run by the same code as in their own process,
 * for the caller's working directory, environment and terminal, over the server's searcher when
 * they name its index. Anything else (another index, a caller in another locale, a command that
 * fails or writes to standard error, one that would read standard input or an argument file
 * {@code @FILE}) is left to the
 * launcher, which runs it itself, so the answer is always what the command's own process would
 * print. Thread-safe.
 */
final class ServedCommands implements CommandRunner {

    private static final Set<Class<?>> SERVED = Set.of(
            SearchCommand.class, ShowCommand.class, SimilarCommand.class, StatsCommand.class, EnrichCommand.class);

    /** The variables that set a JVM's locale, in which it formats numbers and reads text. */
    private static final List<String> LOCALE = List.of("LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG");

    private final FigureSearcher searcher;
    private final Path servedIndex;
    private final Map<String, String> locale;

    /**
     * Commands over {@code searcher}, the index at {@code indexDir}, in a process whose environment
     * is {@code environment}: a caller whose locale differs runs its commands itself.
     */
    ServedCommands(FigureSearcher searcher, Path indexDir, Map<String, String> environment) throws IOException {
        this.searcher = searcher;
        this.servedIndex = indexDir.toRealPath();
        this.locale = locale(environment);
    }

    @Override
    public Optional<byte[]> run(CommandRequest request) {
        String[] args = request.arguments().toArray(String[]::new);
        List<Class<?>> subcommands = Subcommands.forArgs(args);
        // picocli reads an argument @FILE as the arguments in FILE, which here would be the server's
        // folder's, not the caller's.
        if (subcommands.size() != 1 || !SERVED.contains(subcommands.getFirst())
                || request.arguments().stream().anyMatch(arg -> arg.startsWith("@"))
                || !locale(request.environment()).equals(locale)) {
            return Optional.empty();
        }
        Caller caller = new Caller(request.environment(), request.workingDirectory(), null,
                request.terminals().contains("stdin"), request.terminals().contains("stdout"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PfocrCommand.newCommandLine(subcommands, new PfocrCommand(caller, this::lend))
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)))
                .setErr(new PrintWriter(err));
        int exitCode = PfocrCommand.execute(commandLine, args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exitCode == 0 && err.getBuffer().isEmpty() ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private static Map<String, String> locale(Map<String, String> environment) {
        Map<String, String> locale = new HashMap<>();
        LOCALE.stream().filter(environment::containsKey).forEach(name -> locale.put(name, environment.get(name)));
        return locale;
    }

    /** The server's searcher, lent, when {@code indexDir} is the index it serves. */
    private OpenIndex lend(Path indexDir, boolean buildDemoIfMissing, PrintWriter err) {
        try {
            if (indexDir.toRealPath().equals(servedIndex)) {
                return new OpenIndex(searcher, false);
            }
        } catch (IOException e) {
            // no such directory here: the command's own process says so
        }
        throw new CliFailure(indexDir + " is not the index this server serves");
    }
}
