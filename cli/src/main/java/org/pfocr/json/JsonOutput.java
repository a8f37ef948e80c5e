package org.pfocr.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes values as compact JSON, one document per line. Field order is stable: records keep their
 * component order and maps their iteration order (use {@code LinkedHashMap}), so scripts and diffs can
 * rely on it. Jackson loads only when a command first writes JSON.
 */
public final class JsonOutput {

    /** Records are written with their components' names in snake_case, enums in lower case. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .build();

    private JsonOutput() {}

    /** {@code value} as UTF-8 JSON text ending in a newline, as {@link #writeLine} writes it. */
    public static byte[] bytes(Object value) {
        return (text(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code value} (a record, map, list, string, number, ...) and a newline to {@code out}. */
    public static void writeLine(PrintWriter out, Object value) {
        out.println(text(value));
    }

    private static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
