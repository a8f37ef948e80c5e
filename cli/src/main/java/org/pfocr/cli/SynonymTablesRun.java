package org.pfocr.cli;

import java.io.IOException;
import org.pfocr.record.FileErrors;
import org.pfocr.synonym.BundledTablesBuilder;

/** Runs {@code pfocr synonym-tables}: builds the tables and prints what the filters kept and dropped. */
final class SynonymTablesRun {

    private SynonymTablesRun() {
    }

    static void run(SynonymTablesCommand command) {
        // An empty path is refused by PathArgument; an empty revision here.
        if (command.famplexRevision.isBlank()) {
            throw CliFailure.usage("--famplex-revision needs the FamPlex commit the folder comes from, e.g. e19b3a97",
                    null);
        }
        BundledTablesBuilder.Report report;
        try {
            report = BundledTablesBuilder.build(new BundledTablesBuilder.Options(
                    command.geneInfo, command.famplex, command.famplexRevision, command.out));
        } catch (IOException e) {
            throw new CliFailure("cannot build the synonym tables: " + FileErrors.describe(e), e);
        }
        report.summary().forEach(command.out()::println);
        command.out().flush();
    }
}
