package org.pfocr.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of any size made of copies of the bundled testdata records, each copy with its own
 * figid ({@code <figid>-c<n>}) and its own sidecars, in the PFOCR layout ({@code _figures},
 * {@code _data}, {@code seeds}).
 */
final class TestCorpus {

    private static final Pattern FIGID = Pattern.compile("(?m)^figid:\\s*(\\S+)");

    private final Path root;
    private final List<Path> originals;

    private TestCorpus(Path root, List<Path> originals) {
        this.root = root;
        this.originals = originals;
    }

    /** An empty corpus in {@code root}, to be filled with copies of the testdata records. */
    static TestCorpus in(Path root) throws IOException {
        Path figures = TestIndexes.testdata().resolve("figures");
        try (Stream<Path> files = Files.walk(figures)) {
            List<Path> records = files.filter(file -> file.toString().endsWith(".md") || file.toString().endsWith(".txt"))
                    .sorted().toList();
            return new TestCorpus(root, records);
        }
    }

    /** The corpus folder, a SOURCE for the indexer. */
    Path root() {
        return root;
    }

    /** How many records one copy adds. */
    int recordsPerCopy() {
        return originals.size();
    }

    /** Adds copies {@code from} (inclusive) to {@code to} (exclusive) of every record; returns their files. */
    List<Path> addCopies(int from, int to) throws IOException {
        Path testdata = TestIndexes.testdata().resolve("figures");
        List<Path> added = new ArrayList<>();
        for (int copy = from; copy < to; copy++) {
            for (Path original : originals) {
                String text = Files.readString(original, StandardCharsets.UTF_8);
                Matcher figid = FIGID.matcher(text);
                if (!figid.find()) {
                    throw new IllegalStateException("no figid in " + original);
                }
                String oldId = figid.group(1);
                String newId = oldId + "-c" + copy;
                Path relative = testdata.relativize(original);
                String name = relative.getFileName().toString();
                String newName = name.startsWith(oldId) ? newId + name.substring(oldId.length())
                        : name.replace(".", "-c" + copy + ".");
                Path target = root.resolve(relative).resolveSibling(newName);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text.replace(oldId, newId), StandardCharsets.UTF_8);
                added.add(target);
                copySidecars(testdata, oldId, newId);
            }
        }
        return added;
    }

    /**
     * Gives {@code record} the title {@code title} (a last {@code figtitle} line, which wins over
     * the first) and moves its time stamp, so that an update re-reads it.
     */
    static void retitle(Path record, String title) throws IOException {
        String text = Files.readString(record, StandardCharsets.UTF_8);
        int closing = text.indexOf("\n---", 1);
        Files.writeString(record, text.substring(0, closing) + "\nfigtitle: " + title + text.substring(closing),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(record, FileTime.fromMillis(Files.getLastModifiedTime(record).toMillis() + 10_000));
    }

    private void copySidecars(Path testdata, String oldId, String newId) throws IOException {
        Path data = testdata.resolve("_data");
        for (String kind : List.of("-genes.tsv", "-chemicals.tsv", "-diseases.tsv")) {
            Path sidecar = data.resolve(oldId + kind);
            if (Files.exists(sidecar)) {
                Path target = root.resolve("_data").resolve(newId + kind);
                Files.createDirectories(target.getParent());
                Files.copy(sidecar, target);
            }
        }
    }
}
