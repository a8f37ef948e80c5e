package org.pfocr.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IntroSorter;

/**
 * The names of the entries in a folder, sorted by code point, packed as UTF-8 in one array: some
 * 30 bytes a name where a list of strings takes 60 to 80, so that walking a folder of a million
 * records holds tens of megabytes rather than hundreds. A name becomes a string when asked for.
 * The walk marks the regular files among them that a record may look up as its tables (not the
 * records themselves), with their states: 16 bytes a name more in a folder that has any.
 */
final class FolderNames {

    private byte[] bytes = new byte[4096];
    private int length;
    /** Where each name starts in {@link #bytes}, in the order added; one more entry marks the end. */
    private int[] starts = new int[65];
    private int count;
    /** The names' places in the order added, sorted by name. */
    private int[] sorted;
    /**
     * By place in sorted order, the size and the modification time of each entry the walk marked a
     * regular file, a size of -1 for the others; made when the first is marked.
     */
    private long[] sizes;
    private long[] modifiedMillis;

    private FolderNames() {
    }

    /** The names in {@code folder}, sorted. */
    static FolderNames list(Path folder) throws IOException {
        FolderNames names = new FolderNames();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                names.add(FileNames.name(entry));
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        return names.sort();
    }

    /** {@code names}, sorted. */
    static FolderNames of(String... names) {
        FolderNames folder = new FolderNames();
        for (String name : names) {
            folder.add(name);
        }
        return folder.sort();
    }

    int size() {
        return count;
    }

    /** The {@code i}th name in sorted order. */
    String get(int i) {
        int added = sorted[i];
        return new String(bytes, starts[added], starts[added + 1] - starts[added], StandardCharsets.UTF_8);
    }

    /** Notes that the walk found the {@code i}th name in sorted order a regular file (links followed) in {@code state}. */
    void markRegularFile(int i, FileState state) {
        if (sizes == null) {
            sizes = new long[count];
            Arrays.fill(sizes, -1);
            modifiedMillis = new long[count];
        }
        sizes[i] = state.size();
        modifiedMillis[i] = state.modifiedMillis();
    }

    /**
     * The state of the regular file {@code name} when it is among the names and marked one
     * ({@link #markRegularFile}); else {@code null}.
     */
    FileState regularFile(String name) {
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        int i = firstNotBefore(key);
        if (i == count || sizes == null || sizes[i] < 0) {
            return null;
        }
        int added = sorted[i];
        return Arrays.equals(bytes, starts[added], starts[added + 1], key, 0, key.length)
                ? new FileState(sizes[i], modifiedMillis[i]) : null;
    }

    /** Whether a record file named {@code stem} is among the names ({@code stem.md}, {@code stem.TXT}, ...). */
    boolean containsRecordOf(String stem) {
        byte[] prefix = (stem + '.').getBytes(StandardCharsets.UTF_8);
        for (int i = firstNotBefore(prefix); i < count && startsWith(sorted[i], prefix); i++) {
            String name = get(i);
            if (FileNames.isRecord(name) && FileNames.stem(name).equals(stem)) {
                return true;
            }
        }
        return false;
    }

    private void add(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        bytes = ArrayUtil.grow(bytes, length + utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        starts = ArrayUtil.grow(starts, count + 2);
        starts[++count] = length;
    }

    private FolderNames sort() {
        sorted = new int[count];
        Arrays.setAll(sorted, i -> i);
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int swapped = sorted[i];
                sorted[i] = sorted[j];
                sorted[j] = swapped;
            }

            @Override
            protected int compare(int i, int j) {
                return compareNames(sorted[i], sorted[j]);
            }

            @Override
            protected void setPivot(int i) {
                pivot = sorted[i];
            }

            @Override
            protected int comparePivot(int j) {
                return compareNames(pivot, sorted[j]);
            }
        }.sort(0, count);
        return this;
    }

    /** Unsigned byte order of UTF-8, which is code point order. */
    private int compareNames(int a, int b) {
        return Arrays.compareUnsigned(bytes, starts[a], starts[a + 1], bytes, starts[b], starts[b + 1]);
    }

    /** The first place in sorted order whose name is not before {@code key}. */
    private int firstNotBefore(byte[] key) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int added = sorted[middle];
            if (Arrays.compareUnsigned(bytes, starts[added], starts[added + 1], key, 0, key.length) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean startsWith(int added, byte[] prefix) {
        int start = starts[added];
        return starts[added + 1] - start >= prefix.length
                && Arrays.equals(bytes, start, start + prefix.length, prefix, 0, prefix.length);
    }
}
