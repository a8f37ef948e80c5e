package org.pfocr.synonym;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small synthetic gene_info files in NCBI's column layout. */
final class GeneInfoFixture {
    static final String HEADER = "#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\tdbXrefs\tchromosome\tmap_location"
            + "\tdescription\ttype_of_gene\tSymbol_from_nomenclature_authority\tFull_name_from_nomenclature_authority"
            + "\tNomenclature_status\tOther_designations\tModification_date\tFeature_type";

    private GeneInfoFixture() {
    }

    /** One row: id, symbol, |-separated synonyms (or "-"), type_of_gene. */
    static String row(String geneId, String symbol, String synonyms, String type) {
        return String.join("\t", "9606", geneId, symbol, "-", synonyms, "-", "1", "1p1", symbol + " gene", type,
                symbol, "-", "O", "-", "20220912", "-");
    }

    /** A gene_info row parsed as the reader would. */
    static GeneInfoRow gene(String geneId, String symbol, String type, String... synonyms) {
        return new GeneInfoRow("9606", geneId, symbol, Arrays.asList(synonyms), type, symbol + " gene", "20220912");
    }

    static Path writePlain(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static Path writeGzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
