package org.pfocr.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The folder an index is written into, checked before a writer opens it. Lucene's index writer
 * deletes every file there whose name looks like one of its own and that its last commit does not
 * use: what a killed run left, but also a Jekyll site's {@code _config.yml} or a user's
 * {@code segments.txt}. So an index is written only into a new or empty folder, or one holding
 * an index and what a run of it may have left, and never where a file that looks like an index's
 * is not one.
 */
final class IndexFolder {

    /** The extensions of the files Lucene 10's codecs write, and of its temporary files. */
    private static final Set<String> LUCENE_EXTENSIONS = Set.of("si", "cfs", "cfe", "fnm", "fdt", "fdx", "fdm",
            "tvd", "tvx", "tvm", "doc", "pos", "pay", "psm", "tim", "tip", "tmd", "nvd", "nvm", "dvd", "dvm", "dvs",
            "dvp", "kdd", "kdi", "kdm", "liv", "vec", "vem", "vex", "veq", "vemq", "vemf", "veb", "vemb", "tmp");
    /** A commit: the file that makes a folder an index. */
    private static final Pattern COMMIT = Pattern.compile(IndexFileNames.SEGMENTS + "_[0-9a-z]+");
    /** A commit, or one being written. */
    private static final Pattern COMMIT_FILE = Pattern.compile("(" + IndexFileNames.PENDING_SEGMENTS + "_)?"
            + COMMIT.pattern());
    /** How many of the files in the way a message names. */
    private static final int NAMED = 3;

    private IndexFolder() {
    }

    /** Refuses {@code path} when it is a file rather than a folder. */
    static void checkNotAFile(Path path) {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new InvalidOptionException("--index " + path + " is a file: name a folder for the index");
        }
    }

    /**
     * Refuses {@code directory} (the folder {@code path}) when writing an index there could delete a
     * file that is not an index's: a folder with no index that holds anything but what a run may
     * have left (or hidden files), or any folder holding a file whose name only looks like an index file's.
     * Looks at the names only, but for an index folder with such a name, whose commit then tells.
     */
    static void checkWritable(Directory directory, Path path) throws IOException {
        String[] names = directory.listAll();
        boolean index = Arrays.stream(names).anyMatch(name -> COMMIT.matcher(name).matches());
        List<String> inTheWay = Arrays.stream(names)
                .filter(name -> !leftByARun(name) && (mayBeDeletedByLucene(name) || !index && !hidden(name)))
                .toList();
        if (index && !inTheWay.isEmpty()) {
            Set<String> committed = committedFiles(directory);
            inTheWay = inTheWay.stream().filter(name -> !committed.contains(name)).toList();
        }
        if (inTheWay.isEmpty()) {
            return;
        }
        String named = String.join(", ", inTheWay.subList(0, Math.min(NAMED, inTheWay.size())))
                + (inTheWay.size() > NAMED ? ", …" : "");
        throw new InvalidOptionException(index
                ? "--index " + path + " holds files whose names look like the index's but are not (" + named
                        + "): move them out of the folder, since writing the index would delete them"
                : "--index " + path + " is a folder with files and no index (" + named
                        + "): name a new or empty folder for the index");
    }

    /**
     * The files of the newest commit of {@code directory}; none when it cannot be read (a damaged
     * commit's files are then told by their names alone, and the writer reports the damage).
     */
    private static Set<String> committedFiles(Directory directory) {
        try {
            return Set.copyOf(SegmentInfos.readLatestCommit(directory).files(true));
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Whether {@code name} is hidden ({@code .DS_Store}, {@code .nfs…}): the system's, never an obstacle. */
    private static boolean hidden(String name) {
        return name.startsWith(".");
    }

    /** Whether Lucene's index writer takes {@code name} for one of its files, and deletes it when no commit uses it. */
    private static boolean mayBeDeletedByLucene(String name) {
        return IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()
                || name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS);
    }

    /** Whether {@code name} is a file an index run writes: a lock, a commit, a segment's file, pfocr's synonyms. */
    private static boolean leftByARun(String name) {
        return name.equals(IndexWriter.WRITE_LOCK_NAME) || COMMIT_FILE.matcher(name).matches()
                || SynonymFile.isOwnFile(name)
                || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()
                        && LUCENE_EXTENSIONS.contains(IndexFileNames.getExtension(name));
    }
}
