package org.pfocr.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the block-style YAML that the PFOCR tools write (PyYAML and R's yaml package), several
 * times faster than a general YAML parser: block mappings and sequences (also a sequence at its
 * key's indentation), plain scalars, single- and double-quoted scalars (all folded over several
 * lines), one-line flow sequences of scalars, {@code {}}, and comment lines between entries.
 *
 * <p>It gives up, returning {@code null}, on anything else (anchors, aliases, tags, block scalars,
 * flow mappings, tabs, comments after plain values, control characters, a text that is not a
 * mapping) and on everything malformed; the caller then reads the text with the general parser,
 * which also words the errors. Whatever it does read, it reads as that parser reads it through
 * {@link FrontMatterFields}: every scalar as its text, {@code ~}, {@code null}, {@code Null} and
 * {@code NULL} (unquoted) as null, a missing value as the empty text.
 */
final class BlockYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");
    private static final int MAX_NULL_LENGTH = NULLS.stream().mapToInt(String::length).max().orElseThrow();
    /** Characters that a plain scalar may not start with (YAML's indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** Thrown, and caught in {@link #read}, when the text leaves the subset. */
    private static final class OutsideSubset extends Exception {
        private static final OutsideSubset INSTANCE = new OutsideSubset();

        private OutsideSubset() {
            super(null, null, false, false);
        }
    }

    private final String[] lines;
    private int line;

    private BlockYaml(String[] lines) {
        this.lines = lines;
    }

    /** The top-level fields of {@code yaml}, or {@code null} when it is outside the subset or malformed. */
    static YamlFields read(String yaml) {
        if (!plainText(yaml)) {
            return null;
        }
        BlockYaml reader = new BlockYaml(yaml.split("\n", -1));
        try {
            reader.skipBlankLines();
            if (reader.line == reader.lines.length || indent(reader.current()) != 0) {
                return null;
            }
            Map<String, Integer> keyLines = new HashMap<>();
            ObjectNode fields = reader.mapping(0, keyLines);
            reader.skipBlankLines();
            return reader.line == reader.lines.length ? new YamlFields(fields, keyLines, Map.of()) : null;
        } catch (OutsideSubset e) {
            return null;
        }
    }

    /**
     * Whether every character is one the subset reads as itself: no tab, no control character, no
     * line break but {@code \n} (YAML also breaks lines at U+0085, U+2028 and U+2029).
     */
    private static boolean plainText(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    /** The entries of a mapping whose keys are at column {@code indent}; {@code keyLines} gets their 1-based lines. */
    private ObjectNode mapping(int indent, Map<String, Integer> keyLines) throws OutsideSubset {
        ObjectNode mapping = NODES.objectNode();
        while (true) {
            skipBlankLines();
            if (line == lines.length) {
                return mapping;
            }
            String text = current();
            int at = indent(text);
            if (at < indent || at == indent && isSequenceEntry(text, at)) {
                return mapping;
            }
            require(at == indent);
            int keyLine = line + 1;
            int colon = keyEnd(text, at);
            require(colon > 0);
            String key = key(text, at, colon);
            String rest = text.substring(colon + 1).stripLeading();
            require(!mapping.has(key)); // a key set twice is the general reader's to report
            mapping.set(key, rest.isBlank() ? blockValue(indent, true) : value(rest, indent));
            if (keyLines != null) {
                keyLines.put(key, keyLine);
            }
        }
    }

    /** The items of a sequence whose dashes are at column {@code indent}. */
    private ArrayNode sequence(int indent) throws OutsideSubset {
        ArrayNode sequence = NODES.arrayNode();
        while (true) {
            skipBlankLines();
            if (line == lines.length) {
                return sequence;
            }
            String text = current();
            int at = indent(text);
            if (at < indent || at == indent && !isSequenceEntry(text, at)) {
                return sequence;
            }
            require(at == indent);
            String content = text.substring(at + 1).stripLeading();
            if (content.isBlank()) {
                sequence.add(blockValue(indent, false));
                continue;
            }
            // Read "- x" as "  x": the item is whatever stands at its content's column.
            int column = at + 1 + (text.length() - at - 1 - text.substring(at + 1).stripLeading().length());
            lines[line] = " ".repeat(column) + text.substring(column);
            if (isSequenceEntry(content, 0)) {
                sequence.add(sequence(column));
            } else if (keyEnd(lines[line], column) > 0) {
                sequence.add(mapping(column, null));
            } else {
                sequence.add(value(content, indent));
            }
        }
    }

    /**
     * The value of a key or dash with nothing after it on its line: the block on the following
     * lines, or the empty text when there is none. A mapping's value may be a sequence at the
     * key's own column.
     */
    private JsonNode blockValue(int indent, boolean ofKey) throws OutsideSubset {
        line++;
        skipBlankLines();
        if (line < lines.length) {
            String text = current();
            int at = indent(text);
            if (isSequenceEntry(text, at) && (at > indent || ofKey && at == indent)) {
                return sequence(at);
            }
            if (at > indent) {
                require(keyEnd(text, at) > 0);
                return mapping(at, null);
            }
        }
        return NODES.textNode("");
    }

    /**
     * A scalar or flow value starting on the current line as {@code text} (trailing white space
     * kept: it counts inside quotes); consumes its lines.
     */
    private JsonNode value(String text, int indent) throws OutsideSubset {
        char first = text.charAt(0);
        return switch (first) {
            case '\'' -> NODES.textNode(singleQuoted(text, indent));
            case '"' -> NODES.textNode(doubleQuoted(text, indent));
            case '[' -> flowSequence(text);
            case '{' -> {
                require(text.strip().equals("{}"));
                line++;
                yield NODES.objectNode();
            }
            default -> plain(text.strip(), indent);
        };
    }

    /** A plain scalar, folded over the following more-indented lines. */
    private JsonNode plain(String first, int indent) throws OutsideSubset {
        requirePlain(first);
        StringBuilder value = null;
        int blankLines = 0;
        for (line++; line < lines.length; line++) {
            String text = lines[line];
            String content = text.strip();
            if (content.isEmpty()) {
                blankLines++;
                continue;
            }
            if (indent(text) <= indent) {
                break;
            }
            require(!content.startsWith("#") && !isSequenceEntry(content, 0));
            requirePlainContinuation(content);
            if (value == null) {
                value = new StringBuilder(first);
            }
            value.append(blankLines == 0 ? " " : "\n".repeat(blankLines)).append(content);
            blankLines = 0;
        }
        line -= blankLines;
        String text = value == null ? first : value.toString();
        return text.length() <= MAX_NULL_LENGTH && NULLS.contains(text) ? NODES.nullNode() : NODES.textNode(text);
    }

    /** A single-quoted scalar ({@code ''} is a quote), folded over as many lines as it spans. */
    private String singleQuoted(String first, int indent) throws OutsideSubset {
        StringBuilder value = new StringBuilder();
        String text = first.substring(1);
        while (true) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    requireEndOfValue(text.substring(i + 1));
                    line++;
                    return value.toString();
                } else {
                    value.append(c);
                    i++;
                }
            }
            text = nextQuotedLine(value, 0, indent, false);
        }
    }

    /** A double-quoted scalar with YAML's escapes, folded over as many lines as it spans. */
    private String doubleQuoted(String first, int indent) throws OutsideSubset {
        StringBuilder value = new StringBuilder();
        String text = first.substring(1);
        int escaped = 0;
        while (true) {
            int i = 0;
            boolean escapedBreak = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"') {
                    requireEndOfValue(text.substring(i + 1));
                    line++;
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    i++;
                } else if (i + 1 == text.length()) {
                    escapedBreak = true;
                    i++;
                } else {
                    i = escape(text, i + 1, value);
                    escaped = value.length();
                }
            }
            text = nextQuotedLine(value, escaped, indent, escapedBreak);
        }
    }

    /**
     * Moves to the next line of a quoted scalar and folds the break into {@code value}: one break
     * is a space, each blank line a {@code \n}, an escaped break nothing; white space around
     * breaks is dropped (but none that an escape wrote, up to {@code escaped}). Returns the next
     * line's text.
     */
    private String nextQuotedLine(StringBuilder value, int escaped, int indent, boolean escapedBreak)
            throws OutsideSubset {
        if (!escapedBreak) {
            int end = value.length();
            while (end > escaped && value.charAt(end - 1) == ' ') {
                end--;
            }
            value.setLength(end);
        }
        int blankLines = 0;
        while (true) {
            line++;
            require(line < lines.length);
            String text = lines[line];
            if (!text.isBlank()) {
                require(indent(text) > indent);
                if (!escapedBreak) {
                    value.append(blankLines == 0 ? " " : "\n".repeat(blankLines));
                } else {
                    value.append("\n".repeat(blankLines));
                }
                return text.stripLeading();
            }
            blankLines++;
        }
    }

    /** Appends the escape at {@code text[at]} (after its backslash); returns the index after it. */
    private static int escape(String text, int at, StringBuilder value) throws OutsideSubset {
        char c = text.charAt(at);
        int hexDigits = switch (c) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (hexDigits > 0) {
            require(at + hexDigits < text.length());
            int codePoint;
            try {
                codePoint = Integer.parseInt(text, at + 1, at + 1 + hexDigits, 16);
            } catch (NumberFormatException e) {
                throw OutsideSubset.INSTANCE;
            }
            require(Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint));
            value.appendCodePoint(codePoint);
            return at + 1 + hexDigits;
        }
        String replacement = switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> throw OutsideSubset.INSTANCE;
        };
        value.append(replacement);
        return at + 1;
    }

    /** A one-line flow sequence of scalars: {@code []}, {@code [NA]}, {@code ['a', "b"]}. */
    private ArrayNode flowSequence(String text) throws OutsideSubset {
        ArrayNode sequence = NODES.arrayNode();
        int i = 1;
        while (true) {
            i = skipSpaces(text, i);
            require(i < text.length());
            if (text.charAt(i) == ']' && sequence.isEmpty()) {
                break;
            }
            int end;
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                end = text.indexOf(c, i + 1);
                require(end > 0);
                String item = text.substring(i + 1, end);
                require(item.indexOf('\\') < 0 && item.indexOf(c == '\'' ? '\'' : '"') < 0);
                sequence.add(item);
                end++;
            } else {
                end = i;
                while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ']') {
                    end++;
                }
                String item = text.substring(i, end).strip();
                requirePlain(item);
                require(item.indexOf('[') < 0 && item.indexOf('{') < 0 && item.indexOf('}') < 0);
                sequence.add(NULLS.contains(item) ? NODES.nullNode() : NODES.textNode(item));
            }
            i = skipSpaces(text, end);
            require(i < text.length());
            if (text.charAt(i) == ']') {
                break;
            }
            require(text.charAt(i) == ',');
            i++;
        }
        requireEndOfValue(text.substring(i + 1));
        line++;
        return sequence;
    }

    /**
     * The column of the colon ending a mapping key that starts at {@code at}, or -1 when the line
     * holds no key there. A plain key runs to the first {@code ": "} (or a colon ending the line);
     * a quoted key is one quoted scalar on the line.
     */
    private static int keyEnd(String text, int at) throws OutsideSubset {
        char first = text.charAt(at);
        if (first == '\'' || first == '"') {
            int close = text.indexOf(first, at + 1);
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                return -1;
            }
            require(text.substring(at + 1, close).indexOf('\\') < 0);
            return isValueSeparator(text, close + 1) ? close + 1 : -1;
        }
        for (int i = text.indexOf(':', at); i >= 0; i = text.indexOf(':', i + 1)) {
            if (isValueSeparator(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String text, int at, int colon) throws OutsideSubset {
        char first = text.charAt(at);
        if (first == '\'' || first == '"') {
            String key = text.substring(at + 1, colon - 1);
            require(first == '"' || key.indexOf('\'') < 0);
            return key;
        }
        String key = text.substring(at, colon);
        requirePlain(key);
        require(key.equals(key.strip()));
        return key;
    }

    private static boolean isValueSeparator(String text, int colon) {
        return colon + 1 == text.length() || text.charAt(colon + 1) == ' ';
    }

    private static boolean isSequenceEntry(String text, int at) {
        return at < text.length() && text.charAt(at) == '-' && (at + 1 == text.length() || text.charAt(at + 1) == ' ');
    }

    /** A plain scalar's first line: no indicator first, no {@code ": "} or {@code " #"} inside, no colon last. */
    private static void requirePlain(String text) throws OutsideSubset {
        require(!text.isEmpty() && INDICATORS.indexOf(text.charAt(0)) < 0);
        requirePlainContinuation(text);
    }

    private static void requirePlainContinuation(String text) throws OutsideSubset {
        require(!text.contains(": ") && !text.contains(" #") && !text.endsWith(":"));
    }

    /** After a quoted scalar or a flow sequence, only white space may follow on its line. */
    private static void requireEndOfValue(String rest) throws OutsideSubset {
        require(rest.isBlank());
    }

    private void skipBlankLines() {
        while (line < lines.length && isBlankOrComment(lines[line])) {
            line++;
        }
    }

    private static boolean isBlankOrComment(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '#';
            }
        }
        return true;
    }

    private String current() {
        return lines[line];
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static void require(boolean condition) throws OutsideSubset {
        if (!condition) {
            throw OutsideSubset.INSTANCE;
        }
    }
}
