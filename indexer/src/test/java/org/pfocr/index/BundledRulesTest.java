package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.pfocr.analysis.SynonymMapCodec;

/** The resource the build writes is what analysing the bundled tables gives, and reads back as the same map. */
class BundledRulesTest {

    @Test
    void theBuiltResourceIsWhatAnalysingTheTablesGives() throws IOException {
        byte[] resource;
        try (InputStream in = BundledRules.class.getResourceAsStream(BundledRules.RESOURCE)) {
            assertNotNull(in, BundledRules.RESOURCE + " is missing: the indexer's process-classes step writes it (mvn package)");
            resource = in.readAllBytes();
        }
        BundledRules analysed = BundledRules.analyse();
        assertArrayEquals(bytes(analysed), resource,
                BundledRules.RESOURCE + " differs from analysing the tables: rebuild (mvn package)");
        assertTrue(analysed.aliases() > 50_000 && analysed.families() > 100,
                analysed.aliases() + " aliases, " + analysed.families() + " families");

        BundledRules read = BundledRules.read(new ByteArrayInputStream(resource));
        assertEquals(analysed.aliases(), read.aliases());
        assertEquals(analysed.families(), read.families());
        assertArrayEquals(SynonymMapCodec.encode(analysed.rules().build()), SynonymMapCodec.encode(read.rules().build()));
    }

    @Test
    void aResourceOfAnotherFormatIsNotRead() throws IOException {
        assertNull(BundledRules.read(new ByteArrayInputStream(new byte[] {99, 0, 0, 0})));
    }

    private static byte[] bytes(BundledRules rules) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rules.write(out);
        return out.toByteArray();
    }
}
