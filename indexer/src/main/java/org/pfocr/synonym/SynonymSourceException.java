package org.pfocr.synonym;

import java.io.IOException;

/**
 * A synonym source file that cannot be read as what it claims to be. The message is one line naming the file,
 * the line and what is wrong, e.g. {@code genes.tsv:1: not an NCBI gene_info file: header must start with #tax_id}.
 */
public final class SynonymSourceException extends IOException {
    /**
     * @param source the file (or resource) name as the user knows it
     * @param line   the 1-based line number, or 0 when the problem concerns the whole file
     * @param what   what is wrong and, where possible, what to do
     */
    public SynonymSourceException(String source, long line, String what) {
        super(line > 0 ? source + ":" + line + ": " + what : source + ": " + what);
    }
}
