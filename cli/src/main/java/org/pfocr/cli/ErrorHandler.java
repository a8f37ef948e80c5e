package org.pfocr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pfocr.record.FileErrors;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports every error as one {@code pfocr: error: ...} line on standard error and picks the exit code:
 * 2 for usage errors (with a pointer to the command's help), 1 for everything else. The stack trace
 * follows only with {@code --verbose}. Commands wrap library exceptions the user can act on in a
 * {@link CliFailure} (e.g. a query syntax error in {@link CliFailure#usage}); anything else is reported
 * as unexpected.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final String PREFIX = "pfocr: error: ";
    /** The end of picocli's "Expected parameter for option '--limit' but found '--offset'". */
    private static final Pattern FOUND_INSTEAD = Pattern.compile("but found '([^']*)'$");
    private static final Pattern NOT_A_NUMBER =
            Pattern.compile("Invalid value for option '([^']+)': '(.*)' is not an? (int|long|double|float)");
    /** A whole number as picocli reads one, which it refuses only when it is out of the option's range. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        String message = lowerFirst(plainNumberError(oneLine(ex.getMessage())));
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            message = missing(missing);
        }
        if (ex instanceof UnmatchedArgumentException unmatched && isUnknownCommand(unmatched)) {
            message = "unknown command '" + unmatched.getUnmatched().getFirst() + "': one of "
                    + String.join(", ", unmatched.getCommandLine().getSubcommands().keySet());
        }
        if (ex instanceof UnmatchedArgumentException unmatched && unmatched.getUnmatched().stream().anyMatch(String::isBlank)) {
            // picocli leaves a positional file argument its converter refused unmatched.
            message = "an empty argument (an unset variable?) where a file or folder was expected: remove it or give it a value";
        }
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean '" + unmatched.getSuggestions().getFirst() + "'?)";
        }
        CommandLine command = ex.getCommandLine();
        if (command.getCommandName().equals("search")
                && Arrays.stream(args).anyMatch(arg -> isExclusion(arg, command.getCommandSpec()))) {
            message += "; a query that starts with - goes after --, e.g. pfocr search -- -organism:mouse STAT3";
        }
        ex.getCommandLine().getErr().println(PREFIX + message + helpHint(ex.getCommandLine()));
        ex.getCommandLine().getErr().flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        Throwable failure = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
        boolean verbose = command.getCommandSpec().root().commandLine().<PfocrCommand>getCommand().verbose();
        PrintWriter err = command.getErr();
        if (failure instanceof CliFailure cli && cli.exitCode() == ExitCode.USAGE) {
            err.println(PREFIX + oneLine(cli.getMessage()) + helpHint(command));
        } else if (verbose || failure instanceof CliFailure || failure instanceof IOException) {
            err.println(PREFIX + describe(failure));
        } else {
            err.println(PREFIX + describe(failure) + " (run with --verbose for the stack trace)");
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return failure instanceof CliFailure cli ? cli.exitCode() : ExitCode.SOFTWARE;
    }

    /**
     * A full heap: one line that says how much the JVM had and how to give it more, the stack trace
     * only with {@code --verbose}; exit code 1.
     *
     * @param root the root command line, which knows whether {@code --verbose} was given
     * @param maxHeapBytes the most the heap could grow to
     */
    static int outOfMemory(OutOfMemoryError error, CommandLine root, long maxHeapBytes) {
        long megabytes = maxHeapBytes >> 20;
        long suggestedGigabytes = Math.max(1, (2 * megabytes + 1023) / 1024);
        PrintWriter err = root.getErr();
        String kind = error.getMessage() == null ? "" : oneLine(error.getMessage()) + "; ";
        err.println(PREFIX + "out of memory (" + kind + "the heap may grow to " + megabytes
                + " MB): run again with more, e.g. PFOCR_JVM_OPTS=-Xmx" + suggestedGigabytes
                + "g; an index being written keeps its last commit");
        if (root.<PfocrCommand>getCommand().verbose()) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCode.SOFTWARE;
    }

    /**
     * picocli's "Invalid value for option '--limit': 'abc' is not an int" as "--limit needs a whole
     * number, not 'abc'", and for a whole number out of the option's range "--limit 99999999999 is
     * too large: at most 2147483647".
     */
    private static String plainNumberError(String message) {
        Matcher number = NOT_A_NUMBER.matcher(message);
        if (!number.matches()) {
            return message;
        }
        String option = number.group(1);
        String value = number.group(2);
        String type = number.group(3);
        boolean whole = type.equals("int") || type.equals("long");
        if (whole && WHOLE_NUMBER.matcher(value).matches()) {
            boolean negative = value.startsWith("-");
            long limit = type.equals("int") ? (negative ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                    : (negative ? Long.MIN_VALUE : Long.MAX_VALUE);
            return option + " " + value + (negative ? " is too small: at least " : " is too large: at most ") + limit;
        }
        return option + " needs " + (whole ? "a whole number" : "a number") + ", not '" + value + "'";
    }

    /**
     * What is missing, named as the help names it: an option's value ({@code --limit} at the end of
     * the line, or followed by another option: "--limit needs a value (N)"), or required options
     * and parameters not given.
     */
    private static String missing(MissingParameterException missing) {
        String picocli = String.valueOf(missing.getMessage());
        boolean value = picocli.startsWith("Missing required parameter for option")
                || picocli.startsWith("Expected parameter for option");
        if (value && missing.getMissing().getFirst() instanceof OptionSpec option) {
            Matcher found = FOUND_INSTEAD.matcher(picocli);
            return option.longestName() + " needs a value (" + option.paramLabel() + ")"
                    + (found.find() ? ", not the option " + found.group(1) : "");
        }
        return "missing " + missing.getMissing().stream().map(ErrorHandler::label).collect(Collectors.joining(", "));
    }

    /** picocli's sentences ("Unknown option: ...") start lower case after "error:", like pfocr's own. */
    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** How the help names an option ({@code --gene-info=FILE}) or a parameter ({@code QUERY}). */
    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    /** An unmatched word where the root command expects a command's name. */
    private static boolean isUnknownCommand(UnmatchedArgumentException unmatched) {
        CommandLine command = unmatched.getCommandLine();
        return command.getParent() == null && !command.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().getFirst().startsWith("-");
    }

    /**
     * A query word that excludes ({@code -organism:mouse}), which picocli takes for an unknown option;
     * not a negative number ({@code --limit -1}).
     */
    private static boolean isExclusion(String arg, CommandSpec spec) {
        return arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-' && !Character.isDigit(arg.charAt(1))
                && spec.findOption(arg) == null;
    }

    private static String helpHint(CommandLine command) {
        return " (see '" + command.getCommandSpec().qualifiedName() + " --help')";
    }

    /** The one-line description of a runtime failure. */
    private static String describe(Throwable failure) {
        return oneLine(switch (failure) {
            case CliFailure cli -> cli.getMessage();
            case IOException io -> FileErrors.describe(io);
            default -> "unexpected " + messageOrName(failure);
        });
    }

    private static String messageOrName(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        return failure.getMessage() == null ? name : name + ": " + failure.getMessage();
    }

    /**
     * Joins the lines of a message, so that every error stays on one line, and shows the control
     * characters of the values it quotes harmlessly ({@link ControlCharacters}).
     */
    static String oneLine(String message) {
        return message == null ? "" : ControlCharacters.shown(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
