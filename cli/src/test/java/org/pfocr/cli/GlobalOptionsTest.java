package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The global options reach every subcommand, before or after its name. */
class GlobalOptionsTest {

    /** A subcommand that prints the global settings it sees. */
    @Command(name = "probe")
    static final class Probe extends Subcommand {
        @Override
        public Integer call() {
            out().println(indexDirectory() + " colour=" + style().enabled());
            return 0;
        }
    }

    @Test
    void indexOptionWorksBeforeAndAfterTheSubcommand() {
        for (List<String> args : List.of(List.of("--index", "/tmp/i1", "probe"), List.of("probe", "--index", "/tmp/i1"))) {
            CliRun run = CliRun.pfocr(List.of(new Probe()), args.toArray(String[]::new));

            assertEquals(0, run.exitCode(), run.err());
            assertEquals("/tmp/i1 colour=false", run.out().strip());
        }
    }

    @Test
    void defaultIndexFollowsPfocrIndexThenXdgThenHome() {
        assertEquals(Path.of("/data/idx"), IndexLocation.defaultDirectory(Map.of("PFOCR_INDEX", "/data/idx", "XDG_DATA_HOME", "/xdg"), "/home/u"));
        assertEquals(Path.of("/xdg/pfocr/index"), IndexLocation.defaultDirectory(Map.of("XDG_DATA_HOME", "/xdg"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/pfocr/index"), IndexLocation.defaultDirectory(Map.of(), "/home/u"));
    }

    @Test
    void relativeOrEmptyXdgDataHomeIsIgnored() {
        assertEquals(Path.of("/home/u/.local/share/pfocr/index"), IndexLocation.defaultDirectory(Map.of("XDG_DATA_HOME", "rel"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/pfocr/index"), IndexLocation.defaultDirectory(Map.of("XDG_DATA_HOME", "", "PFOCR_INDEX", ""), "/home/u"));
    }
}
