package org.pfocr.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;

/**
 * Finds the figure record files in SOURCE paths and hands them to a consumer one at a time, each
 * with its sidecar tables ({@link SidecarLocator}).
 *
 * <p>A source is a folder, walked recursively, or a single file, taken as a record whatever its
 * extension. In folders, record files are those ending in {@code .md}, {@code .markdown},
 * {@code .txt}, {@code .yml} or {@code .yaml} (any case); {@code .tsv} files are sidecars, never
 * records; hidden files and folders ({@code .git}) are skipped. Symbolic links are followed, and a
 * link back to a folder being walked is reported once instead of looping. Entries are visited in
 * file-name order, so the order of records is the same on every run and platform.
 *
 * <p>Memory stays bounded whatever the size of the corpus: records are handed out as they are
 * found, and only the names in the folders being walked are held at a time, with those of a
 * {@code _data} folder until its sibling {@code _figures} folder, whose records' tables it holds,
 * is walked (both are held while {@code _data} is walked in any case, for its orphan check).
 *
 * <p>Problems are reported, not thrown: unreadable files and folders, missing sources, link
 * loops, and FIFOs, sockets or devices with a record's name as {@link ProblemKind#UNREADABLE}; sidecar tables whose record is in neither their own
 * folder nor, for a {@code _data} folder, the sibling {@code _figures} folder as
 * {@link ProblemKind#ORPHAN_SIDECAR} warnings.
 */
public final class SourceWalker {
    /** Why a FIFO, socket or device is not read (reading a FIFO would wait forever). */
    private static final String NOT_A_FILE =
            "not a regular file or folder (a FIFO, socket or device); it was not read";
    private final Consumer<RecordFile> records;
    private final Consumer<Problem> problems;
    private final Set<Object> foldersBeingWalked = new HashSet<>();
    private final FolderListings listings = new FolderListings();

    private SourceWalker(Consumer<RecordFile> records, Consumer<Problem> problems) {
        this.records = records;
        this.problems = problems;
    }

    /**
     * Walks the sources in the order given, handing each record file found to {@code records}
     * and each problem to {@code problems}.
     */
    public static void walk(List<Path> sources, Consumer<RecordFile> records, Consumer<Problem> problems) {
        SourceWalker walker = new SourceWalker(records, problems);
        for (Path source : sources) {
            walker.walkSource(source);
        }
    }

    private void walkSource(Path source) {
        BasicFileAttributes attributes = attributes(source);
        if (attributes == null) {
            return;
        }
        if (attributes.isDirectory()) {
            walkFolder(source, attributes);
        } else if (attributes.isRegularFile()) {
            records.accept(SidecarLocator.locate(source));
        } else {
            problems.accept(Problem.of(ProblemKind.UNREADABLE, source, NOT_A_FILE));
        }
    }

    private void walkFolder(Path folder, BasicFileAttributes attributes) {
        Object key = folderKey(folder, attributes);
        if (!foldersBeingWalked.add(key)) {
            problems.accept(Problem.of(ProblemKind.UNREADABLE, folder,
                    "symbolic link loop: this folder is inside itself; it was walked only once"));
            return;
        }
        try {
            FolderNames names = list(folder);
            if (names == null) {
                return;
            }
            OrphanSidecars orphans = new OrphanSidecars(folder, names, listings);
            List<SidecarLocator.Folder> sidecarFolders = sidecarFolders(folder, names);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!FileNames.isHidden(name)) {
                    visit(folder.resolve(name), name, names, i, orphans, sidecarFolders);
                }
            }
            if (FileNames.name(folder).equals(FileNames.DATA_DIR)) {
                listings.keepWalkedData(folder, names);
            }
        } finally {
            listings.forgetWalkedDataIn(folder);
            foldersBeingWalked.remove(key);
        }
    }

    /**
     * Where the records of {@code folder} have their sidecars: looked up in the names the walk
     * listed and marked (a record's own sidecars sort before it: {@code X-genes.tsv} before
     * {@code X.md}; a sibling {@code _data} folder is walked before {@code _figures}), on disk
     * for a {@code _data} folder not walked first.
     */
    private List<SidecarLocator.Folder> sidecarFolders(Path folder, FolderNames names) {
        return SidecarLocator.sidecarDirectories(folder).stream()
                .map(dir -> new SidecarLocator.Folder(dir, dir.equals(folder) ? names : listings.walkedData(dir)))
                .toList();
    }

    /**
     * Visits the {@code i}th of the folder's {@code names}: a record is handed out with its state
     * and its sidecars found in {@code sidecarFolders}; another regular file is marked in the
     * names with its state, for the records that look it up as a sidecar.
     */
    private void visit(Path entry, String name, FolderNames names, int i, OrphanSidecars orphans,
            List<SidecarLocator.Folder> sidecarFolders) {
        BasicFileAttributes attributes = attributes(entry);
        if (attributes == null) {
            return;
        }
        if (attributes.isDirectory()) {
            walkFolder(entry, attributes);
        } else if (attributes.isRegularFile()) {
            FileState state = FileState.of(attributes);
            if (FileNames.isRecord(name)) {
                records.accept(SidecarLocator.locate(entry, state, sidecarFolders));
                return;
            }
            names.markRegularFile(i, state);
            if (orphans.isOrphan(name)) {
                problems.accept(Problem.of(ProblemKind.ORPHAN_SIDECAR, entry,
                        "no figure record of this name beside it or in the sibling _figures folder; the table is not indexed"));
            }
        } else if (FileNames.isRecord(name)) {
            problems.accept(Problem.of(ProblemKind.UNREADABLE, entry, NOT_A_FILE));
        }
    }

    /** The sorted names in a folder, or {@code null} (problem reported) when it cannot be listed. */
    private FolderNames list(Path folder) {
        try {
            return listings.forWalk(folder);
        } catch (IOException e) {
            reportUnreadable(folder, e);
            return null;
        }
    }

    /** The attributes of a path, following links, or {@code null} (problem reported) when unreadable. */
    private BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            reportUnreadable(path, e);
            return null;
        }
    }

    private Object folderKey(Path folder, BasicFileAttributes attributes) {
        if (attributes.fileKey() != null) {
            return attributes.fileKey();
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private void reportUnreadable(Path path, IOException e) {
        problems.accept(Problem.of(ProblemKind.UNREADABLE, path, e));
    }
}
