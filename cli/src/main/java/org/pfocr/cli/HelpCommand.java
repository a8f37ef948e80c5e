package org.pfocr.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code pfocr help [COMMAND]}: prints what {@code pfocr --help} or {@code pfocr COMMAND --help} prints.
 * A help command to picocli, so that the parent's and the named command's required arguments are not
 * asked for; an unknown COMMAND is reported as an unknown command is, with the nearest names.
 */
@Command(name = "help", helpCommand = true,
        description = "Print the usage of pfocr, or of COMMAND (the same as pfocr COMMAND --help).")
final class HelpCommand extends Subcommand {

    @Parameters(arity = "0..1", paramLabel = "COMMAND", completionCandidates = CommandNames.class,
            description = "The command to print the usage of, e.g. search.")
    String command;

    @Override
    public Integer call() {
        CommandLine pfocr = spec().commandLine().getParent();
        CommandLine target = command == null ? pfocr : pfocr.getSubcommands().get(command);
        if (target == null) {
            throw new UnmatchedArgumentException(pfocr, List.of(command));
        }
        target.usage(out(), target.getColorScheme());
        out().flush();
        return 0;
    }

    /** The names of the commands, for the completion of COMMAND (picocli makes one with its no-argument constructor). */
    static final class CommandNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Subcommands.ALL.stream().map(type -> type.getAnnotation(Command.class).name()).iterator();
        }
    }
}
