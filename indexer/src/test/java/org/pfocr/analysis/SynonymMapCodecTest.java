package org.pfocr.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.junit.jupiter.api.Test;

/** A synonym map read back from its bytes expands queries exactly as the map that was written. */
class SynonymMapCodecTest {

    @Test
    void aDecodedMapExpandsLikeTheOriginal() throws IOException {
        SynonymMap original = map(3_000);
        SynonymMap decoded = SynonymMapCodec.decode(SynonymMapCodec.encode(original));
        assertEquals(original.words.size(), decoded.words.size());
        assertArrayEquals(SynonymMapCodec.encode(original), SynonymMapCodec.encode(decoded));
        assertTrue(Tokens.terms(FigureAnalyzer.forQueries(decoded), "alias2999").contains("gene2999"),
                "the decoded map expands alias2999");
        for (String text : new String[] {"alias7 and alias2999", "gene12", "nothing here"}) {
            assertEquals(Tokens.terms(FigureAnalyzer.forQueries(original), text),
                    Tokens.terms(FigureAnalyzer.forQueries(decoded), text), text);
        }
    }

    @Test
    void mapsOfEverySizeAroundTheHashSizesRoundTrip() throws IOException {
        // Words: twice the count, so these cross the sizes at which the word hash would grow.
        for (int count : new int[] {1, 2, 3, 4, 5, 8, 15, 16, 17, 31, 32, 33, 511, 512, 513}) {
            SynonymMap original = map(count);
            byte[] bytes = SynonymMapCodec.encode(original);
            SynonymMap decoded = SynonymMapCodec.decode(bytes);
            assertEquals(original.words.size(), decoded.words.size(), count + " rules");
            assertArrayEquals(bytes, SynonymMapCodec.encode(decoded), count + " rules");
        }
    }

    @Test
    void anEmptyMapRoundTrips() throws IOException {
        SynonymMap decoded = SynonymMapCodec.decode(SynonymMapCodec.encode(new SynonymMap.Builder(true).build()));
        assertEquals(0, decoded.words.size());
    }

    @Test
    void damagedBytesAreRefusedWithAMessage() throws IOException {
        byte[] bytes = SynonymMapCodec.encode(map(50));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SynonymMapCodec.decode(Arrays.copyOf(bytes, bytes.length / 2)));
        assertTrue(error.getMessage().startsWith("damaged synonym map"), error.getMessage());
        byte[] otherVersion = bytes.clone();
        otherVersion[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> SynonymMapCodec.decode(otherVersion));
    }

    /** {@code count} rules aliasN → geneN, two ways, so the map has some 2 × count words. */
    private static SynonymMap map(int count) throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (int i = 0; i < count; i++) {
            builder.add(new CharsRef("alias" + i), new CharsRef("gene" + i), true);
            builder.add(new CharsRef("gene" + i), new CharsRef("alias" + i), true);
        }
        return builder.build();
    }
}
