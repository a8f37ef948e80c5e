package org.pfocr.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.ByteBlockPool;
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
            // Sized for every word up front, since growing means hashing every word again: the hash
            // grows when it is half full, so its size (a power of two) must exceed twice the words.
            int capacity = Integer.highestOneBit(Math.max(8, size)) << 2;
            BytesRefHash words = new BytesRefHash(new ByteBlockPool(new ByteBlockPool.DirectAllocator()), capacity,
                    new BytesRefHash.DirectBytesStartArray(capacity));
            BytesRef word = new BytesRef(new byte[64]);
            for (int id = 0; id < size; id++) {
                word.length = in.readVInt();
                word.bytes = ArrayUtil.grow(word.bytes, word.length);
                in.readBytes(word.bytes, 0, word.length);
                if (words.add(word) != id) {
                    throw new IllegalArgumentException("damaged synonym map: repeated word " + word.utf8ToString());
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
