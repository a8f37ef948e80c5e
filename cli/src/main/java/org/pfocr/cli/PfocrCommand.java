package org.pfocr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code pfocr} root command: the global options every subcommand inherits, and the entry point.
 *
 * <p>Start-up stays lean: neither this class nor the subcommand classes touch Lucene or Jackson until a
 * subcommand runs, and {@link #main} registers only the subcommand being run (picocli reads each
 * registered command's annotations, which costs more than running most commands).
 */
@Command(
        name = "pfocr",
        mixinStandardHelpOptions = true,
        versionProvider = JarVersion.class,
        description = "Full-text search for PFOCR pathway figures.")
public final class PfocrCommand implements Callable<Integer> {

    /** The system property that spares picocli its search for Groovy (read once, when picocli makes its first command). */
    static final String NO_GROOVY_CLOSURES = "picocli.disable.closures";

    private final Caller caller;
    private final IndexOpener opener;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = {
                "Index directory; default: $PFOCR_INDEX,",
                "else $XDG_DATA_HOME/pfocr/index,",
                "else ~/.local/share/pfocr/index."
            })
    private Path index;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces with errors.")
    private boolean verbose;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never colour the output.")
    private boolean noColor;

    /** The root command of a command line typed in this process. */
    public PfocrCommand() {
        this(Caller.thisProcess(), IndexOpener.OPEN);
    }

    /** The root command of a command line run for {@code caller}, whose commands get their index from {@code opener}. */
    PfocrCommand(Caller caller, IndexOpener opener) {
        this.caller = caller;
        this.opener = opener;
    }

    /**
     * Runs the command line and exits with its exit code (0 success, 1 failure, 2 usage error). The
     * version alone is printed before picocli reads any annotations, which would take most of the
     * time of that command in a new JVM (README, Start-up flags).
     */
    public static void main(String[] args) {
        if (asksOnlyForTheVersion(args)) {
            System.out.println(JarVersion.text());
            return;
        }
        System.exit(execute(newCommandLine(Subcommands.forArgs(args)), args));
    }

    /** Whether {@code args} are {@code --version} (or {@code -V}) and nothing else. */
    static boolean asksOnlyForTheVersion(String[] args) {
        return args.length == 1 && Subcommands.isVersionOption(args[0]);
    }

    /**
     * Runs {@code args} on {@code commandLine} and returns the exit code. A full heap, which picocli
     * lets through as it does every {@link Error}, is reported in one line too ({@link ErrorHandler#outOfMemory}).
     */
    static int execute(CommandLine commandLine, String[] args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return ErrorHandler.outOfMemory(e, commandLine, Runtime.getRuntime().maxMemory());
        }
    }

    /** A command line with every subcommand, wired with pfocr's error handling, ready to {@link CommandLine#execute execute}. */
    public static CommandLine newCommandLine() {
        return newCommandLine(Subcommands.ALL);
    }

    private static CommandLine newCommandLine(List<Class<?>> subcommands) {
        return newCommandLine(subcommands, new PfocrCommand());
    }

    /** A command line of {@code subcommands} under {@code root}, wired as {@link #newCommandLine()} is. */
    static CommandLine newCommandLine(List<Class<?>> subcommands, PfocrCommand root) {
        // picocli otherwise looks for Groovy's Closure class, which pfocr does not use: a class not
        // found is looked for in every jar of the class path, some 15 ms of a cold command.
        System.setProperty(NO_GROOVY_CLOSURES, "true");
        ErrorHandler errors = new ErrorHandler();
        // Deciding here spares picocli its own, slower probe of the console.
        Ansi helpColours = Style.useColour(false, root.caller.environment(), root.caller.stdoutTerminal())
                ? Ansi.ON : Ansi.OFF;
        CommandLine commandLine = new CommandLine(root);
        subcommands.forEach(commandLine::addSubcommand);
        // Settings after the subcommands are added, so that they reach them too.
        return commandLine
                .setColorScheme(Help.defaultColorScheme(helpColours))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Path.class, new PathArgument())
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setExecutionStrategy(PfocrCommand::run);
    }

    /** Runs what {@code parsed} asks: help and the version as they are, a command with the libraries' log notes silenced. */
    private static int run(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        LibraryLogs.quiet();
        return new CommandLine.RunLast().execute(parsed);
    }

    /** {@code pfocr} without a subcommand is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(), "missing command: one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** The index directory: {@code --index}, else the environment's default (see {@link IndexLocation}). */
    public Path indexDirectory() {
        return index != null ? index : IndexLocation.defaultDirectory(caller.environment(), caller.home());
    }

    /**
     * Whether the index directory is the built-in default, named by neither {@code --index} nor
     * {@code $PFOCR_INDEX}: only there is a missing index built from the bundled demo records (a
     * mistyped directory must not answer with them).
     */
    public boolean defaultIndex() {
        String named = caller.environment().get("PFOCR_INDEX");
        return index == null && (named == null || named.isBlank());
    }

    /** Who the command line runs for. */
    Caller caller() {
        return caller;
    }

    /** The searcher of the index directory, as {@link IndexOpener#open} gives it; notes go to {@code err}. */
    OpenIndex openIndex(PrintWriter err) {
        return opener.open(caller.resolve(indexDirectory()), defaultIndex(), err);
    }

    /** Whether errors should come with their stack trace. */
    public boolean verbose() {
        return verbose;
    }

    /** Whether {@code --no-color} was given. */
    public boolean noColor() {
        return noColor;
    }
}
