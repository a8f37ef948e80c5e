package org.pfocr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code pfocr} subcommand shares: {@code --help}, the global options and the output streams.
 *
 * <p>picocli loads each subcommand class (and the types of its fields) to build the command line, so keep
 * Lucene and Jackson out of subcommand fields and signatures: reach them from {@link #call()} through
 * other classes, and {@code pfocr --version} stays fast.
 */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    private PfocrCommand pfocr;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    /** This command's picocli model. */
    protected final CommandSpec spec() {
        return spec;
    }

    /** Where results go (standard output, or the writer a test installed). */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where notes and progress go (standard error, or the writer a test installed). */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The index directory chosen by {@code --index} or the environment. */
    protected final Path indexDirectory() {
        return pfocr.indexDirectory();
    }

    /** Whether the index directory is the default one (no {@code --index} given). */
    protected final boolean defaultIndex() {
        return pfocr.defaultIndex();
    }

    /** Whether {@code --verbose} was given. */
    protected final boolean verbose() {
        return pfocr.verbose();
    }

    /** Colours for standard output, honouring {@code --no-color}, {@code NO_COLOR} and redirection. */
    protected final Style style() {
        return Style.forStdout(pfocr.noColor(), pfocr.caller());
    }

    /** Who the command runs for. */
    protected final Caller caller() {
        return pfocr.caller();
    }

    /** The searcher of the index directory, to close after use (see {@link OpenIndex}). */
    protected final OpenIndex openIndex() {
        return pfocr.openIndex(err());
    }
}
