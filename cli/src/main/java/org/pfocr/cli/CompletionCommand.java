package org.pfocr.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pfocr completion}: prints a bash completion script for pfocr. */
@Command(
        name = "completion",
        description = {
            "Print a bash completion script: source <(pfocr completion).",
            "To keep it, save it as ~/.local/share/bash-completion/completions/pfocr"
        })
final class CompletionCommand extends Subcommand {

    @Override
    public Integer call() {
        CommandSpec root = spec().root();
        out().print(AutoComplete.bash(root.name(), root.commandLine()));
        out().flush();
        return 0;
    }
}
