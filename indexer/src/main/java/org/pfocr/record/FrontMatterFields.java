package org.pfocr.record;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The top-level fields of a record's front matter, read as the record's schema expects them, with
 * a {@link ProblemKind#WRONG_TYPE} warning naming the field's line when a value cannot be used.
 *
 * <p>Scalars are kept exactly as written ({@code entrez: 0123} stays {@code "0123"}, {@code NO}
 * stays {@code "NO"} rather than YAML 1.1's {@code false}); missing values are {@code null}.
 */
final class FrontMatterFields {
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .loaderOptions(loaderOptions())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 9999;

    private final ObjectNode fields;
    private final Map<String, Integer> lines;
    private final Path path;
    private final Consumer<Problem> warnings;

    private FrontMatterFields(ObjectNode fields, Map<String, Integer> lines, Path path, Consumer<Problem> warnings) {
        this.fields = fields;
        this.lines = lines;
        this.path = path;
        this.warnings = warnings;
    }

    /**
     * Parses the front matter.
     *
     * @throws RecordException {@link ProblemKind#INVALID_YAML} naming the line in the file, or
     *     {@link ProblemKind#NOT_A_MAPPING} when the YAML is not a mapping of fields
     */
    static FrontMatterFields parse(FrontMatter frontMatter, Path path, Consumer<Problem> warnings)
            throws RecordException {
        YamlFields yaml = BlockYaml.read(frontMatter.yaml());
        if (yaml == null) {
            yaml = readAnyYaml(frontMatter, path);
        }
        Map<String, Integer> lines = new HashMap<>();
        yaml.keyLines().forEach((name, line) -> lines.put(name, frontMatter.fileLine(line)));
        yaml.earlierLines().forEach((name, line) -> warnings.accept(new Problem(ProblemKind.DUPLICATE_FIELD, path,
                lines.get(name), "'" + name + "' is also set on line " + frontMatter.fileLine(line)
                        + "; the value here was kept")));
        return new FrontMatterFields(yaml.fields(), lines, path, warnings);
    }

    /**
     * Reads the front matter with the general YAML parser, which reads all of YAML and words the
     * errors; {@link BlockYaml} reads the usual records faster and leaves the rest to this.
     *
     * @throws RecordException as {@link #parse}
     */
    static YamlFields readAnyYaml(FrontMatter frontMatter, Path path) throws RecordException {
        ObjectNode fields = NODES.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> earlierLines = new HashMap<>();
        Map<String, JsonNode> anchors = new HashMap<>();
        try (YAMLParser parser = YAML.createParser(frontMatter.yaml())) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RecordException(new Problem(ProblemKind.NOT_A_MAPPING, path, 2,
                        (first == null ? "the front matter is empty"
                                : first == JsonToken.START_ARRAY ? "the front matter is a list"
                                : "the front matter is a single value")
                                + "; it must be fields such as 'figid: PMC1__f1', one per line"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Integer earlier = lines.put(name, parser.currentTokenLocation().getLineNr());
                if (earlier != null) {
                    earlierLines.putIfAbsent(name, earlier);
                }
                parser.nextToken();
                fields.set(name, read(parser, anchors));
            }
        } catch (JsonProcessingException e) {
            int yamlLine = yamlLine(e);
            int line = yamlLine < 1 ? 0 : frontMatter.fileLine(yamlLine);
            throw new RecordException(new Problem(ProblemKind.INVALID_YAML, path, line,
                    yamlError(e) + "; fix the front matter (values holding ': ' or a leading quote need quoting)"), e);
        } catch (IOException e) {
            throw new RecordException(Problem.of(ProblemKind.INVALID_YAML, path, e), e);
        }
        return new YamlFields(fields, lines, earlierLines);
    }

    /** The 1-based line in the file where field {@code name} starts, or 0 when it is missing. */
    int line(String name) {
        return lines.getOrDefault(name, 0);
    }

    /** The value of a field as one line of text: the first element of a list, {@code null} when missing. */
    String text(String name) {
        return single(name, texts -> texts.get(0));
    }

    /** The value of a free-text field: the elements of a list are joined with a space. */
    String prose(String name) {
        return single(name, texts -> String.join(" ", texts));
    }

    /** The values of a list field; a single value is a one-element list. */
    List<String> texts(String name) {
        JsonNode node = fields.get(name);
        if (node != null && node.isObject()) {
            warn(name, "should be a list of values, not a mapping; it was ignored");
            return List.of();
        }
        return Values.scalars(node);
    }

    /**
     * The value of a field holding a year of four digits ({@value #FIRST_YEAR} to {@value #LAST_YEAR}),
     * {@code null} (with a warning) when it is not one: facets and filters take years of four digits.
     */
    Integer year(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            warn(name, "should be a whole number such as '2011', not '" + text + "'; it was ignored");
            return null;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            warn(name, "should be a year of four digits such as '2011', not '" + text + "'; it was ignored");
            return null;
        }
        return year;
    }

    /** The mappings in a list field such as {@code genes}; other elements are left out with a warning. */
    List<JsonNode> mappings(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isValueNode() && Values.scalar(node) == null) {
            return List.of();
        }
        List<JsonNode> mappings = new ArrayList<>();
        for (JsonNode element : node.isArray() ? node : NODES.arrayNode().add(node)) {
            if (element.isObject()) {
                mappings.add(element);
            } else {
                warn(name, "should list entries with fields such as 'word:'; the entry '"
                        + element.asText() + "' was ignored");
            }
        }
        return mappings;
    }

    /**
     * The value of {@code key} in {@code entry}, an entry of the list field {@code list} ({@link
     * #mappings}), as {@link Values#scalar} reads it; control characters (a tab, a line break, ESC,
     * ...) are read as spaces, with a warning ({@link Values#withoutControls}).
     */
    String entryValue(String list, JsonNode entry, String key) {
        String value = Values.scalar(entry.get(key));
        if (value == null || !Values.hasControl(value)) {
            return value;
        }
        return Values.withoutControls(value, reason -> new Problem(ProblemKind.WRONG_TYPE, path, line(list),
                "'" + list + "' entry's '" + key + "' " + reason), warnings);
    }

    /** A single value: a list gives {@code combine} of its values, a mapping is ignored with a warning. */
    private String single(String name, Function<List<String>, String> combine) {
        JsonNode node = fields.get(name);
        if (node != null && node.isArray()) {
            List<String> texts = Values.scalars(node);
            return texts.isEmpty() ? null : combine.apply(texts);
        }
        if (node != null && node.isObject()) {
            warn(name, "should be a single value, not a mapping; it was ignored");
            return null;
        }
        return Values.scalar(node);
    }

    private void warn(String name, String reason) {
        warnings.accept(new Problem(ProblemKind.WRONG_TYPE, path, line(name),
                "'" + name + "' " + reason));
    }

    /**
     * Reads the value at the parser's current token, keeping every scalar as its text; an alias
     * ({@code *name}) of a list or mapping is the value its anchor ({@code &name}) marked before it,
     * which the YAML parser alone would give as the text {@code name}. The parser does not tell
     * the anchors of single values, so their aliases are refused rather than read as that text.
     *
     * @param anchors the values anchored so far in the front matter, by name
     */
    private static JsonNode read(YAMLParser parser, Map<String, JsonNode> anchors) throws IOException {
        if (parser.isCurrentAlias()) {
            JsonNode anchored = anchors.get(parser.getText());
            if (anchored == null) {
                throw new JsonParseException(parser, "*" + parser.getText() + ": an alias pfocr cannot resolve"
                        + " (only a list or mapping anchored before it, &" + parser.getText() + "): write the value"
                        + " itself, or quote it if it is text");
            }
            return anchored.deepCopy();
        }
        String anchor = parser.getObjectId() instanceof String id ? id : null;
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, anchors));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
                        token = parser.nextToken()) {
                    array.add(read(parser, anchors));
                }
                yield array;
            }
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
        if (anchor != null) {
            anchors.put(anchor, value);
        }
        return value;
    }

    /**
     * SnakeYAML reads documents up to 3 MB by default; records are refused only above the size
     * {@link TextFiles#MAX_BYTES} allows, so a long caption is a caption, not a YAML error.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) TextFiles.MAX_BYTES);
        return options;
    }

    /**
     * The 1-based line of the front matter where the error is: where the construct it is in
     * started (an unclosed quote's opening line) when SnakeYAML says, else where it was found;
     * 0 when unknown.
     */
    private static int yamlLine(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            if (mark != null) {
                return mark.getLine() + 1;
            }
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** SnakeYAML's own words for the error, without the excerpt it quotes. */
    private static String yamlError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            String context = marked.getContext();
            return (context == null ? "" : context + ": ") + marked.getProblem();
        }
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
