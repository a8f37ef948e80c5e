package org.pfocr.cli;

import picocli.CommandLine.Command;

/** {@code pfocr check}: verifies the index files with Lucene's CheckIndex, read-only. */
@Command(name = "check", description = {
    "Verify the index: every file's checksum, and every segment's postings, stored fields, doc values and points.",
    "Read-only; exit 1 when the index is damaged (rebuild it)."
})
final class CheckCommand extends Subcommand {

    @Override
    public Integer call() {
        CheckRun.run(this);
        return 0;
    }
}
