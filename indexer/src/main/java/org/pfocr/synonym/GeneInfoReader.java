package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.pfocr.record.FileErrors;

/**
 * Reads NCBI {@code gene_info} files (any organism; plain or gzip, told apart by the file's first bytes). Columns
 * are found by their header names, so files with extra or reordered columns read the same. Rows are streamed:
 * memory use does not grow with the file.
 */
public final class GeneInfoReader {
    private static final String HEADER_START = "#tax_id";
    private static final String EMPTY = "-";

    private GeneInfoReader() {
    }

    /** Every row of {@code file}, in file order. */
    public static List<GeneInfoRow> readAll(Path file) throws IOException {
        List<GeneInfoRow> rows = new ArrayList<>();
        read(file, rows::add);
        return rows;
    }

    /**
     * Passes each row of {@code file} to {@code sink}, in file order.
     *
     * @throws SynonymSourceException when the file is not in gene_info format; the message names the line
     */
    public static void read(Path file, Consumer<GeneInfoRow> sink) throws IOException {
        String source = file.toString();
        try (BufferedReader in = TextSource.open(file)) {
            Columns columns = Columns.fromHeader(source, in.readLine());
            String line;
            long lineNumber = 1;
            try {
                while ((line = in.readLine()) != null) {
                    lineNumber++;
                    if (!line.isEmpty()) {
                        sink.accept(columns.row(source, lineNumber, line));
                    }
                }
            } catch (SynonymSourceException e) {
                throw e;
            } catch (IOException e) {
                // A truncated or corrupt .gz fails mid-file with a message that names no file.
                SynonymSourceException named = new SynonymSourceException(source, lineNumber + 1, FileErrors.reason(e));
                named.initCause(e);
                throw named;
            }
        }
    }

    /** Where the used columns are, as found in the header line. */
    private record Columns(int count, int taxId, int geneId, int symbol, int synonyms, int typeOfGene,
                           int description, int modificationDate) {

        static Columns fromHeader(String source, String header) throws SynonymSourceException {
            if (header == null || !header.startsWith(HEADER_START)) {
                throw new SynonymSourceException(source, 1,
                        "not an NCBI gene_info file: header must start with " + HEADER_START);
            }
            List<String> names = Arrays.asList(header.substring(1).split("\t", -1));
            return new Columns(names.size(), 0, required(source, names, "GeneID"), required(source, names, "Symbol"),
                    required(source, names, "Synonyms"), required(source, names, "type_of_gene"),
                    names.indexOf("description"), names.indexOf("Modification_date"));
        }

        private static int required(String source, List<String> names, String name) throws SynonymSourceException {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new SynonymSourceException(source, 1,
                        "not an NCBI gene_info file: header has no " + name + " column");
            }
            return index;
        }

        GeneInfoRow row(String source, long lineNumber, String line) throws SynonymSourceException {
            String[] cells = line.split("\t", -1);
            if (cells.length != count) {
                throw new SynonymSourceException(source, lineNumber, "expected " + count
                        + " tab-separated columns as in the header, found " + cells.length);
            }
            String geneId = cells[this.geneId];
            String symbol = cells[this.symbol];
            if (geneId.isBlank() || symbol.isBlank() || symbol.equals(EMPTY)) {
                throw new SynonymSourceException(source, lineNumber, "GeneID and Symbol must not be empty");
            }
            String aliases = cells[synonyms];
            List<String> synonymList = aliases.equals(EMPTY) ? List.of()
                    : Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            return new GeneInfoRow(cells[taxId], geneId, symbol, synonymList, cells[typeOfGene],
                    optional(cells, description), optional(cells, modificationDate));
        }

        private static String optional(String[] cells, int index) {
            return index < 0 || cells[index].equals(EMPTY) ? "" : cells[index];
        }
    }
}
