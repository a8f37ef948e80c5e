package org.pfocr.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A figure record file found in a source folder, with the sidecar tables that belong to it.
 *
 * @param path the record file ({@code .md}, {@code .markdown}, {@code .txt}, {@code .yml}, {@code .yaml})
 * @param genes the {@code <figid>-genes.tsv} sidecar, {@code null} when there is none
 * @param chemicals the {@code <figid>-chemicals.tsv} sidecar, {@code null} when there is none
 * @param diseases the {@code <figid>-diseases.tsv} sidecar, {@code null} when there is none
 */
public record RecordFile(Path path, Path genes, Path chemicals, Path diseases) {

    public RecordFile {
        Objects.requireNonNull(path, "path");
    }

    /** A record file without sidecars. */
    public static RecordFile of(Path path) {
        return new RecordFile(path, null, null, null);
    }

    /** The record file's name without its extension: {@code PMC1__f1} for {@code _figures/PMC1__f1.md}. */
    public String stem() {
        return FileNames.stem(FileNames.name(path));
    }

    /**
     * This record file with the sidecars its figure reads when its figid is {@code figid}: its own,
     * completed, where it has none, with those named after the figid when it differs from the file
     * name (a record {@code copy.md} of figid {@code PMC1__f1} reads {@code PMC1__f1-genes.tsv}).
     */
    public RecordFile forFigid(String figid) {
        if (figid.equals(stem())) {
            return this;
        }
        RecordFile named = SidecarLocator.locate(path, figid);
        return new RecordFile(path,
                genes != null ? genes : named.genes(),
                chemicals != null ? chemicals : named.chemicals(),
                diseases != null ? diseases : named.diseases());
    }

    /** The record file followed by the sidecars that exist. */
    public Stream<Path> files() {
        return Stream.of(path, genes, chemicals, diseases).filter(Objects::nonNull);
    }
}
