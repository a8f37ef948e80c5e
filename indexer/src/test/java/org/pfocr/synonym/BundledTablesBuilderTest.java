package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledTablesBuilderTest {
    @TempDir
    Path out;

    private BundledTablesBuilder.Report buildFromShared() throws IOException {
        return BundledTablesBuilder.build(new BundledTablesBuilder.Options(SharedData.humanGeneInfo(),
                SharedData.famplex(), "e19b3a97", out));
    }

    @Test
    void regeneratingFromSharedGivesTheBundledTables() throws IOException {
        BundledTablesBuilder.Report report = buildFromShared();
        assertArrayEquals(bundled(BundledSynonyms.FAMPLEX_FAMILIES, false),
                Files.readAllBytes(report.familyTable()), "famplex-families.tsv differs: regenerate (README.md)");
        // gzip bytes depend on the zlib build, so the alias table is compared decompressed.
        assertArrayEquals(bundled(BundledSynonyms.HUMAN_GENE_ALIASES, true), gunzip(report.aliasTable()),
                "human-gene-aliases.tsv.gz differs: regenerate (README.md)");
    }

    @Test
    void writtenTablesReadBackEqual() throws IOException {
        BundledTablesBuilder.Report report = buildFromShared();
        try (BufferedReader in = TextSource.open(report.aliasTable())) {
            assertEquals(report.aliases().kept().entries(), GeneAliasTable.read(in, "aliases").entries());
        }
        try (BufferedReader in = TextSource.open(report.familyTable())) {
            assertEquals(report.families().families(), FamplexFamilies.read(in, "families").families());
        }
        assertEquals(report.aliases().examined(),
                report.aliases().kept().size() + report.aliases().counts().values().stream().mapToInt(n -> n).sum());
    }

    private static byte[] bundled(String resource, boolean gzip) throws IOException {
        try (InputStream in = BundledSynonyms.class.getResourceAsStream(resource)) {
            return gzip ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    @Test
    void headerNamesSourcesAndCounts() throws IOException {
        String header = new String(bundled(BundledSynonyms.HUMAN_GENE_ALIASES, true), 0, 2000,
                StandardCharsets.UTF_8);
        assertTrue(header.contains("Source: Homo_sapiens.gene_info.gz"), header);
        assertTrue(header.contains("OFFICIAL_SYMBOL"), header);
    }
}
