package org.pfocr.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads gene lists as people write them: one name a line, or separated by commas, tabs or spaces. */
public final class GeneLists {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private GeneLists() {
    }

    /**
     * The names in {@code text}, in order: split at white space, commas and semicolons; a {@code #}
     * starts a comment, to the end of its line. A leading byte-order mark (Excel's "CSV UTF-8") is
     * not part of the first name.
     */
    public static List<String> parse(String text) {
        List<String> names = new ArrayList<>();
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : withoutMark.split("\\R")) {
            int comment = line.indexOf('#');
            for (String name : SEPARATORS.split(comment < 0 ? line : line.substring(0, comment))) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
