package org.pfocr.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * The synonyms of a commit, in a file of their own beside it ({@code pfocr-synonyms-<hash>.bin}):
 * the encoded synonym map and the user's gene_info and synonym rules. Kept out of the commit's
 * user data, which Lucene reads whole with every commit (a cold search read and decoded 2.2 MB of
 * base64 there). The name is a digest of the content, so two commits name the same file only when
 * they have the same synonyms; the file is written and synced before the commit that names it,
 * and checked against its checksum footer when read, as Lucene checks its own files.
 */
final class SynonymFile {

    private static final String PREFIX = "pfocr-synonyms-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f]{16}\\.bin");
    /** The name of a file {@link #write} had not finished: Lucene's temporary file name, with its prefix and suffix. */
    private static final Pattern TEMPORARY = Pattern.compile(Pattern.quote(PREFIX) + "_new_[0-9a-z]+\\.tmp");
    private static final String CODEC = "PfocrSynonyms";
    private static final int VERSION = 0;

    /**
     * What the file holds.
     *
     * @param synonymMap the map, as {@link org.pfocr.analysis.SynonymMapCodec} encodes it
     * @param geneInfoRules aliases from the user's gene_info file, or empty
     * @param userRules synonym rules from the user's synonym files, or empty
     */
    record Contents(byte[] synonymMap, String geneInfoRules, String userRules) {
    }

    private SynonymFile() {
    }

    /**
     * Writes {@code contents} into {@code directory} and returns the file's name. A file of that
     * name, which the last commit may name, is replaced in one step (written aside, then renamed),
     * so that a damaged copy is mended by the next run and a search reading it sees old or new.
     */
    static String write(Directory directory, Contents contents) throws IOException {
        byte[] bytes = body(contents);
        String name = name(bytes);
        String temporary;
        try (IndexOutput out = directory.createTempOutput(PREFIX, "new", IOContext.DEFAULT)) {
            temporary = out.getName();
            CodecUtil.writeHeader(out, CODEC, VERSION);
            out.writeBytes(bytes, bytes.length);
            CodecUtil.writeFooter(out);
        }
        directory.sync(List.of(temporary));
        directory.rename(temporary, name);
        directory.syncMetaData();
        return name;
    }

    /**
     * Reads the file {@code name} of {@code directory}.
     *
     * @throws CorruptIndexException when the name is not one this class writes, or the file fails its checks
     * @throws NoSuchFileException when the file is missing
     */
    static Contents read(Directory directory, String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new CorruptIndexException("the commit names '" + name + "' as its synonym file",
                    directory.toString());
        }
        try (ChecksumIndexInput in = directory.openChecksumInput(name)) {
            Contents contents = null;
            Throwable failure = null;
            try {
                CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
                byte[] map = new byte[in.readVInt()];
                in.readBytes(map, 0, map.length);
                contents = new Contents(map, in.readString(), in.readString());
            } catch (Throwable e) {
                failure = e;
            } finally {
                CodecUtil.checkFooter(in, failure);
            }
            return contents;
        }
    }

    /**
     * Deletes the synonym files of {@code directory} other than {@code keep}, and any a failed run
     * left half written. Only an index run, holding the index's write lock, may call this.
     */
    static void deleteAllBut(Directory directory, Collection<String> keep) throws IOException {
        for (String file : directory.listAll()) {
            if (isOwnFile(file) && !keep.contains(file)) {
                directory.deleteFile(file);
            }
        }
    }

    /** Whether {@code name} is a synonym file, or one a failed run left half written. */
    static boolean isOwnFile(String name) {
        return NAME.matcher(name).matches() || TEMPORARY.matcher(name).matches();
    }

    /** The name {@link #write} gives {@code contents}. */
    static String nameOf(Contents contents) throws IOException {
        return name(body(contents));
    }

    private static byte[] body(Contents contents) throws IOException {
        ByteBuffersDataOutput body = new ByteBuffersDataOutput();
        body.writeVInt(contents.synonymMap().length);
        body.writeBytes(contents.synonymMap(), contents.synonymMap().length);
        body.writeString(contents.geneInfoRules());
        body.writeString(contents.userRules());
        return body.toArrayCopy();
    }

    private static String name(byte[] body) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8) + ".bin";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
