package org.pfocr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the pfocr command line: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

    /** Runs pfocr with {@code args}, after adding the {@code extra} subcommands (test probes). */
    static CliRun pfocr(List<Object> extra, String... args) {
        CommandLine commandLine = PfocrCommand.newCommandLine();
        extra.forEach(commandLine::addSubcommand);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = PfocrCommand.execute(commandLine, args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Runs pfocr with {@code args}. */
    static CliRun pfocr(String... args) {
        return pfocr(List.of(), args);
    }

    /** The lines written to standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
