package org.pfocr.generate;

import java.nio.file.Path;
import java.util.function.Function;
import org.pfocr.source.RecordFile;

/** The sidecar tables of the newer record format, named {@code <figid>-<kind>.tsv} in {@code _data}. */
enum Sidecar {
    GENES("-genes.tsv", RecordFile::genes),
    CHEMICALS("-chemicals.tsv", RecordFile::chemicals),
    DISEASES("-diseases.tsv", RecordFile::diseases);

    private final String suffix;
    private final Function<RecordFile, Path> locate;

    Sidecar(String suffix, Function<RecordFile, Path> locate) {
        this.suffix = suffix;
        this.locate = locate;
    }

    /** The table's file name for the record {@code figid}. */
    String fileName(String figid) {
        return figid + suffix;
    }

    /** The table of this kind that {@code file} has, or {@code null}. */
    Path of(RecordFile file) {
        return locate.apply(file);
    }
}
