package org.pfocr.document;

import java.io.IOException;
import java.nio.file.Path;
import org.pfocr.source.FileState;
import org.pfocr.source.RecordFile;

/**
 * Where a figure came from and how its files looked when indexed: the record's absolute path and
 * a stamp of the sizes and modification times of the record and its sidecars. An update re-reads
 * a record only when its stamp changed.
 *
 * @param path the record file's absolute, normalised path
 * @param stamp sizes and modification times of the record and its sidecars
 */
public record SourceStamp(String path, String stamp) {

    /**
     * Stamps {@code file} and its sidecars as they were found ({@link RecordFile#state}): by the
     * walk, before they are read, so that a file changed while it is read is read again by the
     * next update; else as they are now on disk.
     */
    public static SourceStamp of(RecordFile file) throws IOException {
        StringBuilder stamp = new StringBuilder();
        for (Path part : file.files().toList()) {
            FileState state = file.state(part);
            if (!stamp.isEmpty()) {
                stamp.append(';');
            }
            stamp.append(part.getFileName()).append(':').append(state.size()).append(':')
                    .append(state.modifiedMillis());
        }
        return new SourceStamp(pathKey(file.path()), stamp.toString());
    }

    /** The key a record file is known by in the index: its absolute, normalised path. */
    public static String pathKey(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
