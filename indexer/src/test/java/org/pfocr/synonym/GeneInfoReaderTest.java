package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pfocr.synonym.GeneInfoFixture.HEADER;
import static org.pfocr.synonym.GeneInfoFixture.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneInfoReaderTest {
    private static final List<String> LINES = List.of(HEADER,
            row("8600", "TNFSF11", "ODF|OPGL|RANKL|TRANCE", "protein-coding"),
            row("1", "A1BG", "-", "protein-coding"));

    @TempDir
    Path dir;

    @Test
    void readsPlainFile() throws IOException {
        List<GeneInfoRow> rows = GeneInfoReader.readAll(GeneInfoFixture.writePlain(dir.resolve("g.tsv"), LINES));
        assertEquals(2, rows.size());
        GeneInfoRow first = rows.getFirst();
        assertEquals("9606", first.taxId());
        assertEquals("8600", first.geneId());
        assertEquals("TNFSF11", first.symbol());
        assertEquals(List.of("ODF", "OPGL", "RANKL", "TRANCE"), first.synonyms());
        assertEquals("protein-coding", first.typeOfGene());
        assertEquals("TNFSF11 gene", first.description());
        assertEquals("20220912", first.modificationDate());
        assertEquals(List.of(), rows.get(1).synonyms(), "'-' means no synonyms");
    }

    @Test
    void detectsGzipByContentNotName() throws IOException {
        Path gzipNamedTxt = GeneInfoFixture.writeGzip(dir.resolve("genes.txt"), LINES);
        Path plainNamedGz = GeneInfoFixture.writePlain(dir.resolve("genes.gz"), LINES);
        assertEquals(GeneInfoReader.readAll(plainNamedGz), GeneInfoReader.readAll(gzipNamedTxt));
        assertEquals(2, GeneInfoReader.readAll(gzipNamedTxt).size());
    }

    @Test
    void findsColumnsByHeaderName() throws IOException {
        Path file = GeneInfoFixture.writePlain(dir.resolve("g.tsv"), List.of(
                "#tax_id\tSymbol\ttype_of_gene\tGeneID\tSynonyms\textra",
                "10090\tTnfsf11\tprotein-coding\t21943\tOdf|Rankl\tx"));
        GeneInfoRow row = GeneInfoReader.readAll(file).getFirst();
        assertEquals("21943", row.geneId());
        assertEquals("Tnfsf11", row.symbol());
        assertEquals(List.of("Odf", "Rankl"), row.synonyms());
        assertEquals("", row.description(), "no description column");
    }

    @Test
    void rejectsFileWithoutGeneInfoHeader() throws IOException {
        Path file = GeneInfoFixture.writePlain(dir.resolve("figures.tsv"), List.of("word\tsymbol", "RANKL\tTNFSF11"));
        IOException e = assertThrows(SynonymSourceException.class, () -> GeneInfoReader.readAll(file));
        assertEquals(file + ":1: not an NCBI gene_info file: header must start with #tax_id", e.getMessage());
    }

    @Test
    void rejectsHeaderWithoutSynonymsColumn() throws IOException {
        Path file = GeneInfoFixture.writePlain(dir.resolve("g.tsv"), List.of("#tax_id\tGeneID\tSymbol\ttype_of_gene"));
        IOException e = assertThrows(SynonymSourceException.class, () -> GeneInfoReader.readAll(file));
        assertEquals(file + ":1: not an NCBI gene_info file: header has no Synonyms column", e.getMessage());
    }

    @Test
    void namesTheLineOfAShortRow() throws IOException {
        Path file = GeneInfoFixture.writePlain(dir.resolve("g.tsv"), List.of(HEADER, LINES.get(1), "9606\t2\tA2M"));
        IOException e = assertThrows(SynonymSourceException.class, () -> GeneInfoReader.readAll(file));
        assertEquals(file + ":3: expected 16 tab-separated columns as in the header, found 3", e.getMessage());
    }

    @Test
    void namesTheFileAndLineWhereATruncatedGzipEnds() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int gene = 1; gene <= 5_000; gene++) {
            lines.add(row(Integer.toString(gene), "GENE" + gene, "ALIAS" + gene, "protein-coding"));
        }
        Path file = GeneInfoFixture.writeGzip(dir.resolve("genes.gz"), lines);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) Files.size(file) / 2));
        IOException e = assertThrows(SynonymSourceException.class, () -> GeneInfoReader.readAll(file));
        assertTrue(e.getMessage().matches(Pattern.quote(file.toString())
                + ":[0-9]+: the data ends early: the file is truncated, or still being written"), e.getMessage());
    }

    @Test
    void readsTheRealHumanFile() throws IOException {
        List<GeneInfoRow> rows = GeneInfoReader.readAll(SharedData.humanGeneInfo());
        assertEquals(77_614, rows.size());
    }
}
