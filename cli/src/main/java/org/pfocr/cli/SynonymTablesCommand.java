package org.pfocr.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pfocr synonym-tables}: regenerates the bundled gene-alias and FamPlex family tables. */
@Command(name = "synonym-tables",
        description = "Regenerate the bundled human gene-alias and FamPlex family tables (for maintainers).")
final class SynonymTablesCommand extends Subcommand {

    @Option(names = "--gene-info", required = true, paramLabel = "FILE",
            description = "NCBI gene_info file (plain or .gz), e.g. ../shared/genes/Homo_sapiens.gene_info.gz.")
    Path geneInfo;

    @Option(names = "--famplex", required = true, paramLabel = "DIR",
            description = "FamPlex folder with relations.csv and grounding_map.csv, e.g. ../shared/famplex.")
    Path famplex;

    @Option(names = "--famplex-revision", required = true, paramLabel = "REV",
            description = "The FamPlex commit the folder comes from, recorded in the table (e.g. e19b3a97).")
    String famplexRevision;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write the tables, e.g. indexer/src/main/resources/org/pfocr/synonym.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SynonymTablesRun.run(this);
        return 0;
    }
}
