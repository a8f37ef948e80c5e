package org.pfocr.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A figure record file found in a source folder, with the sidecar tables that belong to it. Two
 * are equal when they name the same files. One found by a walk also holds the states
 * ({@link FileState}) the walk read of its files, so that stamping them costs no second file
 * system call each (some 5 microseconds on a virtual machine, four files a record).
 */
public final class RecordFile {

    private final Path path;
    private final Path genes;
    private final Path chemicals;
    private final Path diseases;
    /** The states read of some of these files when they were found, by file; not part of what this is. */
    private final Map<Path, FileState> found;

    /**
     * A record file and its sidecars, whose states are read from disk when asked for.
     *
     * @param path the record file ({@code .md}, {@code .markdown}, {@code .txt}, {@code .yml}, {@code .yaml})
     * @param genes the {@code <figid>-genes.tsv} sidecar, {@code null} when there is none
     * @param chemicals the {@code <figid>-chemicals.tsv} sidecar, {@code null} when there is none
     * @param diseases the {@code <figid>-diseases.tsv} sidecar, {@code null} when there is none
     */
    public RecordFile(Path path, Path genes, Path chemicals, Path diseases) {
        this(path, genes, chemicals, diseases, Map.of());
    }

    /** As above, with the states read of some of these files when they were found. */
    RecordFile(Path path, Path genes, Path chemicals, Path diseases, Map<Path, FileState> found) {
        this.path = Objects.requireNonNull(path, "path");
        this.genes = genes;
        this.chemicals = chemicals;
        this.diseases = diseases;
        this.found = found;
    }

    /** A record file without sidecars. */
    public static RecordFile of(Path path) {
        return new RecordFile(path, null, null, null);
    }

    /** The record file. */
    public Path path() {
        return path;
    }

    /** The genes table, or {@code null}. */
    public Path genes() {
        return genes;
    }

    /** The chemicals table, or {@code null}. */
    public Path chemicals() {
        return chemicals;
    }

    /** The diseases table, or {@code null}. */
    public Path diseases() {
        return diseases;
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
        Map<Path, FileState> states = new HashMap<>(named.found);
        states.putAll(found);
        return new RecordFile(path,
                genes != null ? genes : named.genes(),
                chemicals != null ? chemicals : named.chemicals(),
                diseases != null ? diseases : named.diseases(),
                states);
    }

    /** The record file followed by the sidecars that exist. */
    public Stream<Path> files() {
        return Stream.of(path, genes, chemicals, diseases).filter(Objects::nonNull);
    }

    /**
     * The state of {@code file}, one of {@link #files()}: as read when it was found, else read now.
     *
     * @throws IOException when it has to be read now and cannot be
     */
    public FileState state(Path file) throws IOException {
        FileState state = found.get(file);
        return state != null ? state : FileState.read(file);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordFile that && path.equals(that.path) && Objects.equals(genes, that.genes)
                && Objects.equals(chemicals, that.chemicals) && Objects.equals(diseases, that.diseases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, genes, chemicals, diseases);
    }

    @Override
    public String toString() {
        return "RecordFile[path=" + path + ", genes=" + genes + ", chemicals=" + chemicals + ", diseases=" + diseases + "]";
    }
}
