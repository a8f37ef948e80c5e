package org.pfocr.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * Writes a built {@link SynonymMap} to bytes and reads it back, so the map is built once, when
 * indexing, and a query process only loads it: building from some 60,000 rules takes seconds,
 * loading takes milliseconds.
 */
public final class SynonymMapCodec {

    private static final int VERSION = 1;

    private SynonymMapCodec() {
    }

    /** The bytes of {@code map}. */
    public static byte[] encode(SynonymMap map) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeVInt(VERSION);
            out.writeVInt(map.maxHorizontalContext);
            out.writeVInt(map.words.size());
            BytesRef word = new BytesRef();
            for (int id = 0; id < map.words.size(); id++) {
                map.words.get(id, word);
                out.writeVInt(word.length);
                out.writeBytes(word.bytes, word.offset, word.length);
            }
            out.writeByte((byte) (map.fst == null ? 0 : 1));
            if (map.fst != null) {
                map.fst.save(out, out);
            }
            return out.toArrayCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The map encoded in {@code bytes}.
     *
     * @throws IllegalArgumentException when the bytes are not an encoded synonym map
     */
    public static SynonymMap decode(byte[] bytes) {
        try {
            DataInput in = new ByteArrayDataInput(bytes);
            int version = in.readVInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("synonym map version " + version + ", expected " + VERSION);
            }
            int maxHorizontalContext = in.readVInt();
            int size = in.readVInt();
            BytesRefHash words = new BytesRefHash();
            for (int id = 0; id < size; id++) {
                byte[] word = new byte[in.readVInt()];
                in.readBytes(word, 0, word.length);
                if (words.add(new BytesRef(word)) != id) {
                    throw new IllegalArgumentException("damaged synonym map: repeated word " + Arrays.toString(word));
                }
            }
            FST<BytesRef> fst = in.readByte() == 0 ? null
                    : new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
            return new SynonymMap(fst, words, maxHorizontalContext);
        } catch (IOException | RuntimeException e) {
            throw e instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("damaged synonym map: " + e.getMessage(), e);
        }
    }
}
