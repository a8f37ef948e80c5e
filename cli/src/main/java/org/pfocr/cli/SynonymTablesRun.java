package org.pfocr.cli;

import java.io.IOException;
import org.pfocr.record.FileErrors;
import org.pfocr.synonym.BundledTablesBuilder;

/** Runs {@code pfocr synonym-tables}: builds the tables and prints what the filters kept and dropped. */
final class SynonymTablesRun {

    private SynonymTablesRun() {
    }

    static void run(SynonymTablesCommand command) {
        requireValue("--gene-info", command.geneInfo.toString(), "the NCBI gene_info file");
        requireValue("--famplex", command.famplex.toString(), "the FamPlex folder");
        requireValue("--famplex-revision", command.famplexRevision, "the FamPlex commit the folder comes from, e.g. e19b3a97");
        requireValue("--out", command.out.toString(), "the folder to write the tables to");
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

    /** An empty value (a path '' would be the current folder) is a usage error. */
    private static void requireValue(String option, String value, String what) {
        if (value.isBlank()) {
            throw CliFailure.usage(option + " needs " + what, null);
        }
    }
}
