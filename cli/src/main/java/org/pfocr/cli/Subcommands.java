package org.pfocr.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * The {@code pfocr} subcommands, and which of them a command line needs: only the one it runs,
 * since picocli reads the annotations of every registered command; none for {@code --version}; all
 * of them for help ({@code --help} and {@code help}), for {@code completion}, and when no known
 * command is named (so picocli can suggest one).
 */
final class Subcommands {

    /** Every subcommand, in the order help lists them. */
    static final List<Class<?>> ALL = List.of(
            IndexCommand.class, SearchCommand.class, ShowCommand.class, StatsCommand.class, CheckCommand.class,
            CompletionCommand.class, EnrichCommand.class, SimilarCommand.class, EvalCommand.class,
            ServeCommand.class, GenerateCommand.class, SynonymTablesCommand.class, HelpCommand.class);

    /** The subcommands that need every command registered: those that print or complete them all. */
    private static final List<Class<?>> NEEDING_ALL = List.of(CompletionCommand.class, HelpCommand.class);

    /** The root options that take a value, whose value is not the command's name. */
    private static final List<String> OPTIONS_WITH_VALUE = List.of("--index");

    private Subcommands() {
    }

    /** The subcommands to register for {@code args}. */
    static List<Class<?>> forArgs(String[] args) {
        String word = commandWord(args);
        if (word == null && List.of(args).stream().anyMatch(Subcommands::isVersionOption)) {
            return List.of();
        }
        for (Class<?> command : ALL) {
            String name = command.getAnnotation(Command.class).name();
            if (name.equals(word) && !NEEDING_ALL.contains(command)) {
                return List.of(command);
            }
        }
        return ALL;
    }

    /** Whether {@code arg} is picocli's standard option for the version ({@code --version}, {@code -V}). */
    static boolean isVersionOption(String arg) {
        return arg.equals("--version") || arg.equals("-V");
    }

    /** The first argument that is neither an option nor an option's value, or {@code null}. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS_WITH_VALUE.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }
}
