package org.pfocr.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;

class SourceWalkerTest {
    @TempDir
    Path root;

    private final List<RecordFile> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Path touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    private List<String> walk(Path... sources) {
        SourceWalker.walk(List.of(sources), records::add, problems::add);
        return records.stream().map(r -> root.relativize(r.path()).toString().replace('\\', '/')).toList();
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links not supported here: " + e);
        }
    }

    @Test
    void walksFoldersRecursivelyInNameOrderKeepingRecordExtensions() throws IOException {
        for (String name : List.of("z.md", "a.MD", "e.txt", "f.tsv", "g.json", "notes", "sub/b.yaml", "sub/c.yml",
                "sub/d.markdown", "sub/deeper/i.md", ".git/h.md", ".hidden.md", "sub/.cache/j.md")) {
            touch(name);
        }
        assertEquals(List.of("a.MD", "e.txt", "sub/b.yaml", "sub/c.yml", "sub/d.markdown", "sub/deeper/i.md", "z.md"),
                walk(root));
        assertEquals(List.of(), problems);
    }

    @Test
    void takesSingleFilesAsRecordsAndSourcesInTheOrderGiven() throws IOException {
        Path odd = touch("one/record.text");
        touch("two/b.md");
        touch("two/a.md");
        assertEquals(List.of("two/a.md", "two/b.md", "one/record.text"), walk(root.resolve("two"), odd));
    }

    @Test
    void reportsAMissingSource() {
        assertEquals(List.of(), walk(root.resolve("nowhere")));
        assertEquals(1, problems.size());
        assertEquals(ProblemKind.UNREADABLE, problems.get(0).kind());
        assertEquals(root.resolve("nowhere"), problems.get(0).path());
    }

    @Test
    void attachesSidecarsToTheRecords() throws IOException {
        Path record = touch("_figures/PMC1__f1.md");
        Path genes = touch("_data/PMC1__f1-genes.tsv");
        Path diseases = touch("_figures/PMC1__f1-diseases.tsv");
        walk(root);
        assertEquals(List.of(new RecordFile(record, genes, null, diseases)), records);
        assertEquals(List.of(), problems);
    }

    /**
     * A record file found by a walk holds the states the walk read of its files, from its listings
     * or on disk, so that stamping it asks the disk nothing more; one made by hand reads them when asked.
     */
    @Test
    void recordFilesHoldTheStatesTheWalkFound() throws IOException {
        Path record = touch("_figures/PMC1__f1.md");
        Path genes = touch("_data/PMC1__f1-genes.tsv");
        Path chemicals = touch("_figures/PMC1__f1-chemicals.tsv");
        List<Path> files = List.of(record, genes, chemicals);
        List<FileState> before = new ArrayList<>();
        for (Path file : files) {
            before.add(FileState.read(file));
        }
        walk(root);
        walk(root.resolve("_figures"));
        for (Path file : files) {
            Files.writeString(file, "changed after the walk");
            Files.setLastModifiedTime(file, FileTime.fromMillis(FileState.read(file).modifiedMillis() + 60_000));
        }

        assertEquals(2, records.size());
        for (RecordFile found : records) {
            for (int i = 0; i < files.size(); i++) {
                assertEquals(before.get(i), found.state(files.get(i)), files.get(i) + " as the walk found it");
            }
        }
        RecordFile byHand = new RecordFile(record, genes, chemicals, null);
        assertEquals(records.get(0), byHand);
        for (Path file : files) {
            assertEquals(FileState.read(file), byHand.state(file), file + " as it is now");
        }
    }

    /**
     * A record's sidecars are the regular files of their names, whether the walk finds them in the
     * names it listed and marked (the whole corpus walked, {@code _data} first) or on disk (the
     * {@code _figures} folder alone, or before {@code _data}): not a folder of that name, but a
     * link to a file.
     */
    @Test
    void findsTheSameSidecarsFromTheWalksListingsAndOnDisk() throws IOException {
        Path record = touch("_figures/PMC1__f1.md");
        Path genes = touch("_data/PMC1__f1-genes.tsv");
        Files.createDirectories(root.resolve("_data/PMC1__f1-chemicals.tsv"));
        Path chemicals = touch("_figures/PMC1__f1-chemicals.tsv");
        Path diseases = root.resolve("_data/PMC1__f1-diseases.tsv");
        symlink(diseases, touch("elsewhere/PMC1__f1-diseases.tsv.txt.bak"));
        Path other = touch("_figures/PMC2__f2.md");
        List<RecordFile> expected = List.of(new RecordFile(record, genes, chemicals, diseases), RecordFile.of(other));

        walk(root);
        assertEquals(expected, records);
        records.clear();
        walk(root.resolve("_figures"));
        assertEquals(expected, records);
        records.clear();
        walk(root.resolve("_figures"), root.resolve("_data"));
        assertEquals(expected, records);
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsOrphanSidecars() throws IOException {
        touch("_figures/PMC1__f1.md");
        touch("_data/PMC1__f1-genes.tsv");
        Path orphan = touch("_data/PMC2__f2-genes.tsv");
        touch("_data/README.tsv");
        touch("seeds/abc.txt");
        touch("seeds/abc-chemicals.tsv");
        Path besideOrphan = touch("seeds/def-diseases.tsv");
        walk(root);
        assertEquals(List.of(orphan, besideOrphan), problems.stream().map(Problem::path).toList());
        assertTrue(problems.stream().allMatch(p -> p.kind() == ProblemKind.ORPHAN_SIDECAR), problems.toString());
    }

    @Test
    void reportsASymlinkLoopOnceAndGoesOn() throws IOException {
        touch("a.md");
        touch("sub/b.md");
        symlink(root.resolve("sub/loop"), root);
        assertEquals(List.of("a.md", "sub/b.md"), walk(root));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ProblemKind.UNREADABLE, problems.get(0).kind());
        assertEquals(root.resolve("sub/loop"), problems.get(0).path());
        assertTrue(problems.get(0).reason().contains("loop"), problems.get(0).reason());
    }

    @Test
    void followsLinkedFoldersAndReportsBrokenLinks(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("far.md"), "x");
        symlink(root.resolve("linked"), elsewhere);
        symlink(root.resolve("broken.md"), root.resolve("missing.md"));
        assertEquals(List.of("linked/far.md"), walk(root));
        assertEquals(List.of(root.resolve("broken.md")), problems.stream().map(Problem::path).toList());
    }

    @Test
    void reportsAnUnreadableFolderAndGoesOn() throws IOException {
        touch("a.md");
        Path locked = touch("locked/b.md").getParent();
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        try {
            assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root?): skipping");
            assertEquals(List.of("a.md"), walk(root));
            assertEquals(List.of(locked), problems.stream().map(Problem::path).toList());
            assertTrue(problems.get(0).reason().contains("permission denied"), problems.get(0).reason());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void handsOutRecordsWhileWalking() throws IOException {
        touch("a/1.md");
        touch("b/2.md");
        List<Boolean> laterFileExisted = new ArrayList<>();
        SourceWalker.walk(List.of(root), record -> {
            laterFileExisted.add(Files.exists(root.resolve("b/2.md")));
            if (record.path().endsWith("1.md")) {
                try {
                    Files.delete(root.resolve("b/2.md"));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }, problems::add);
        assertEquals(List.of(true), laterFileExisted, "b/2.md, deleted while a/1.md was handled, is never listed");
    }
}
