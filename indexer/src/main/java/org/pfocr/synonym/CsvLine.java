package org.pfocr.synonym;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line as FamPlex writes them: comma-separated, fields optionally in double quotes. */
final class CsvLine {
    private CsvLine() {
    }

    /** The fields of {@code line}; a quoted field may contain commas and doubled quotes ({@code ""}). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
