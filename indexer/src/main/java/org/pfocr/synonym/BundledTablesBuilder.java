package org.pfocr.synonym;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the bundled synonym tables from their sources: {@code human-gene-aliases.tsv.gz} from an NCBI
 * {@code gene_info} file and {@code famplex-families.tsv} from a FamPlex checkout. The output is deterministic
 * (sorted rows; header comments name the sources by file name, and the counts), so regenerating from the same
 * sources gives the same text. {@code pfocr synonym-tables} fills an {@link Options} and calls
 * {@link #build(Options)}.
 */
public final class BundledTablesBuilder {
    private BundledTablesBuilder() {
    }

    /**
     * What to build from and where to write.
     *
     * @param geneInfo        NCBI {@code gene_info} file (plain or gzip) of the organism to bundle (human)
     * @param famplexDir      folder holding FamPlex's {@code relations.csv} and {@code grounding_map.csv}
     * @param famplexRevision the FamPlex commit the folder was taken from, recorded in the table header
     * @param outputDir       folder to write the tables into (created if missing)
     */
    public record Options(Path geneInfo, Path famplexDir, String famplexRevision, Path outputDir) {
        /** Rejects missing values. */
        public Options {
            Objects.requireNonNull(geneInfo, "geneInfo");
            Objects.requireNonNull(famplexDir, "famplexDir");
            Objects.requireNonNull(famplexRevision, "famplexRevision");
            Objects.requireNonNull(outputDir, "outputDir");
        }
    }

    /**
     * What was built.
     *
     * @param aliasTable  the alias table file written
     * @param familyTable the family table file written
     * @param aliases     the alias filtering, with the count for each rule
     * @param families    the families written
     */
    public record Report(Path aliasTable, Path familyTable, AliasFilter.Result aliases, FamplexFamilies families) {
        /** A few lines for a terminal: files and counts. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>();
            lines.add("wrote " + aliasTable + ": " + aliases.kept().size() + " aliases kept of "
                    + aliases.examined() + " examined");
            aliases.counts().forEach((rule, n) -> lines.add(String.format("  dropped %-18s %6d", rule, n)));
            lines.add("wrote " + familyTable + ": " + families.families().size() + " families");
            return lines;
        }
    }

    /** Builds both tables as {@code options} says. */
    public static Report build(Options options) throws IOException {
        List<GeneInfoRow> genes = GeneInfoReader.readAll(options.geneInfo());
        NameScreen screen = NameScreen.of(genes, EnglishWords.bundled());
        FamplexReader.Result families = FamplexReader.read(options.famplexDir(), screen);
        AliasFilter.Result aliases = new AliasFilter(EnglishWords.bundled(), families.families().allNames())
                .apply(genes);

        Files.createDirectories(options.outputDir());
        Path aliasTable = options.outputDir().resolve(BundledSynonyms.HUMAN_GENE_ALIASES);
        try (Writer out = gzipWriter(aliasTable)) {
            aliases.kept().write(out, aliasComments(options, genes, aliases));
        }
        Path familyTable = options.outputDir().resolve(BundledSynonyms.FAMPLEX_FAMILIES);
        try (Writer out = Files.newBufferedWriter(familyTable, StandardCharsets.UTF_8)) {
            families.families().write(out, familyComments(options, families));
        }
        return new Report(aliasTable, familyTable, aliases, families.families());
    }

    private static List<String> aliasComments(Options options, List<GeneInfoRow> genes, AliasFilter.Result aliases) {
        String latest = genes.stream().map(GeneInfoRow::modificationDate).max(Comparator.naturalOrder()).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add("Gene aliases that are safe to expand a query with: alias -> official symbol, NCBI Gene id.");
        lines.add("Source: " + options.geneInfo().getFileName() + " (NCBI Gene gene_info, public domain), "
                + genes.size() + " genes, latest Modification_date " + (latest.isEmpty() ? "unknown" : latest) + ".");
        lines.add("Built by org.pfocr.synonym.BundledTablesBuilder (see README.md); do not edit by hand.");
        lines.add("Examined " + aliases.examined() + " distinct (alias, gene) pairs; kept " + aliases.kept().size()
                + ". Dropped, by the first rule that matched (checked in this order):");
        ruleLines(aliases.counts(), lines);
        lines.add("English words: english-words.txt; family names and texts: famplex-families.tsv.");
        return lines;
    }

    private static List<String> familyComments(Options options, FamplexReader.Result result) {
        List<String> lines = new ArrayList<>();
        lines.add("FamPlex families and complexes -> member HGNC gene symbols, nested families resolved"
                + " (isa and partof).");
        lines.add("Source: FamPlex (sorgerlab/famplex) at commit " + options.famplexRevision()
                + ", CC0 1.0: " + FamplexReader.RELATIONS + ", " + FamplexReader.GROUNDING_MAP + ".");
        lines.add("Built by org.pfocr.synonym.BundledTablesBuilder (see README.md); do not edit by hand.");
        String withoutGenes = result.withoutGenes().isEmpty() ? "none"
                : result.withoutGenes().size() + " (" + String.join(", ", result.withoutGenes()) + ")";
        lines.add(result.families().families().size() + " families. Families without any HGNC member, left out: "
                + withoutGenes + ". Non-HGNC member rows skipped: " + result.nonHgncMembers() + ".");
        lines.add("triggers: texts that expand to the family: its name, then its " + FamplexReader.GROUNDING_MAP
                + " texts; dropped (gene symbols from " + options.geneInfo().getFileName() + "):");
        ruleLines(result.droppedTriggers(), lines);
        lines.add("members are comma-separated; triggers are |-separated.");
        return lines;
    }

    private static void ruleLines(Map<DropRule, Integer> counts, List<String> lines) {
        counts.forEach((rule, n) -> lines.add(String.format("  %-18s %6d  %s", rule, n, rule.description())));
    }

    private static Writer gzipWriter(Path file) throws IOException {
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
