package org.pfocr.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    record Hit(String figid, String title, int year, List<String> genes) {}

    private static String write(Object value) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        JsonOutput.writeLine(out, value);
        out.flush();
        return text.toString();
    }

    @Test
    void recordFieldsKeepTheirDeclarationOrderOnOneLine() {
        String json = write(new Hit("PMC1__g1", "Zeta \"quoted\"\nline", 2020, List.of("TP53", "MDM2")));

        assertEquals(
                "{\"figid\":\"PMC1__g1\",\"title\":\"Zeta \\\"quoted\\\"\\nline\",\"year\":2020,\"genes\":[\"TP53\",\"MDM2\"]}"
                        + System.lineSeparator(),
                json);
    }

    @Test
    void mapsKeepTheirIterationOrder() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("zebra", 1);
        stats.put("apple", null);

        assertEquals("{\"zebra\":1,\"apple\":null}", write(stats).strip());
    }
}
