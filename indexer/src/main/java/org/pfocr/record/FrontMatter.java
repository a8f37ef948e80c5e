package org.pfocr.record;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The YAML front matter of a record file: the lines between the opening {@code ---} line, which
 * must be the first, and the next {@code ---} (or {@code ...}) line. Whatever follows is ignored.
 *
 * <p>The {@code schema-jsonld:} field and its indented block are left out before the YAML is
 * parsed: it only repeats the caption and mixes gene, chemical and disease names into its own
 * {@code keywords}, and it is the largest part of most records. Lines are mapped back so that
 * problems name the line in the file.
 */
final class FrontMatter {
    private static final List<String> SKIPPED_KEYS =
            List.of("schema-jsonld:", "'schema-jsonld':", "\"schema-jsonld\":");

    private final String yaml;
    private final int[] fileLines;
    private final int closingLine;

    private FrontMatter(String yaml, int[] fileLines, int closingLine) {
        this.yaml = yaml;
        this.fileLines = fileLines;
        this.closingLine = closingLine;
    }

    /**
     * The front matter of a record's text.
     *
     * @param text the whole file, lines ending in {@code \n}, not blank
     * @param path the file, for problems
     * @throws RecordException {@link ProblemKind#NO_FRONT_MATTER} when the first line is not
     *     {@code ---}, {@link ProblemKind#UNTERMINATED_FRONT_MATTER} when no line closes it
     */
    static FrontMatter extract(String text, Path path) throws RecordException {
        int end = lineEnd(text, 0);
        if (!isDelimiter(text, 0, end, "---")) {
            throw new RecordException(new Problem(ProblemKind.NO_FRONT_MATTER, path, 1,
                    "the first line is not '---'; a figure record starts with YAML front matter between two '---' lines"));
        }
        StringBuilder yaml = new StringBuilder(text.length());
        int[] fileLines = new int[64];
        int kept = 0;
        boolean skipping = false;
        int fileLine = 1;
        for (int start = end + 1; start < text.length(); start = end + 1) {
            end = lineEnd(text, start);
            fileLine++;
            if (isDelimiter(text, start, end, "---") || isDelimiter(text, start, end, "...")) {
                return new FrontMatter(yaml.toString(), Arrays.copyOf(fileLines, kept), fileLine);
            }
            skipping = (skipping && continuesBlock(text, start, end)) || startsSkippedField(text, start);
            if (!skipping) {
                yaml.append(text, start, end).append('\n');
                if (kept == fileLines.length) {
                    fileLines = Arrays.copyOf(fileLines, kept * 2);
                }
                fileLines[kept++] = fileLine;
            }
        }
        throw new RecordException(new Problem(ProblemKind.UNTERMINATED_FRONT_MATTER, path, 1,
                "the front matter opened on this line has no closing '---' line; add one after the last field"));
    }

    /** The YAML text to parse. */
    String yaml() {
        return yaml;
    }

    /** The line in the file of a 1-based line of {@link #yaml()}; past its end, the closing line. */
    int fileLine(int yamlLine) {
        if (yamlLine < 1) {
            return 1;
        }
        return yamlLine <= fileLines.length ? fileLines[yamlLine - 1] : closingLine;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** Whether the line is the delimiter, ignoring trailing white space. */
    private static boolean isDelimiter(String text, int start, int end, String delimiter) {
        if (!text.startsWith(delimiter, start)) {
            return false;
        }
        for (int i = start + delimiter.length(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSkippedField(String text, int start) {
        for (String key : SKIPPED_KEYS) {
            if (text.startsWith(key, start)) {
                int after = start + key.length();
                return after == text.length() || Character.isWhitespace(text.charAt(after));
            }
        }
        return false;
    }

    /**
     * Whether a line still belongs to a top-level field's value: indented, blank, a comment, or a
     * sequence entry ({@code - x} may sit at the key's own indentation).
     */
    private static boolean continuesBlock(String text, int start, int end) {
        if (start == end) {
            return true;
        }
        char first = text.charAt(start);
        return first == ' ' || first == '\t' || first == '#' || first == '-';
    }
}
