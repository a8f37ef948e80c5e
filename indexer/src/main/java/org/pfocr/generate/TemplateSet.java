package org.pfocr.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SourceWalker;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The real records a corpus is recombined from, read once from a template folder, and the pools
 * each generated record draws its parts from. Held in memory: a template folder is small (tens to
 * hundreds of records), whatever the size of the corpus made from it.
 */
final class TemplateSet {

    private final List<TemplateRecord> templates;
    private final int skipped;

    private TemplateSet(List<TemplateRecord> templates, int skipped) {
        this.templates = List.copyOf(templates);
        this.skipped = skipped;
    }

    /**
     * Reads the records under {@code folder} (walked as {@code pfocr index} walks its sources).
     * Records that are not UTF-8 or whose front matter is not a YAML mapping are skipped and counted.
     *
     * @throws GenerateException when the folder holds no usable record
     */
    static TemplateSet read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new GenerateException("--from " + folder + " is not a folder: name a folder of figure records,"
                    + " such as a checkout of the PFOCR repository's _figures and _data");
        }
        List<RecordFile> files = new ArrayList<>();
        SourceWalker.walk(List.of(folder), files::add, problem -> { });
        YamlText yaml = new YamlText();
        List<TemplateRecord> templates = new ArrayList<>();
        for (RecordFile file : files) {
            TemplateRecord template = readTemplate(file, yaml);
            if (template != null) {
                templates.add(template);
            }
        }
        if (templates.isEmpty()) {
            throw new GenerateException("--from " + folder + " holds no figure record with YAML front matter:"
                    + " name a folder of .md records (and their _data sidecar tables)");
        }
        return new TemplateSet(templates, files.size() - templates.size());
    }

    /** Every template, in walk order. */
    List<TemplateRecord> all() {
        return templates;
    }

    /** Record files that could not be used as templates. */
    int skipped() {
        return skipped;
    }

    /** The templates that {@code test} accepts, in walk order. */
    List<TemplateRecord> where(Predicate<TemplateRecord> test) {
        return templates.stream().filter(test).toList();
    }

    private static TemplateRecord readTemplate(RecordFile file, YamlText yaml) {
        String text;
        try {
            text = readUtf8(file.path());
        } catch (CharacterCodingException e) {
            return null;
        }
        String[] parts = splitFrontMatter(text);
        if (parts == null) {
            return null;
        }
        Map<String, Object> fields;
        try {
            fields = yaml.read(parts[0]);
        } catch (YAMLException e) {
            return null;
        }
        if (fields == null) {
            return null;
        }
        Map<Sidecar, String> sidecars = new EnumMap<>(Sidecar.class);
        for (Sidecar kind : Sidecar.values()) {
            Path table = kind.of(file);
            if (table != null) {
                try {
                    sidecars.put(kind, readUtf8(table));
                } catch (CharacterCodingException e) {
                    // A table that is not UTF-8 is left out; the record is still a template.
                }
            }
        }
        String figid = fields.get("figid") instanceof String id ? id : file.stem();
        String pmcid = fields.get("pmcid") instanceof String id ? id : null;
        List<String> sentences = fields.get("caption") instanceof String caption ? sentences(caption) : List.of();
        return new TemplateRecord(figid, pmcid, fields, parts[1], sidecars, sentences);
    }

    private static String readUtf8(Path path) throws CharacterCodingException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new GenerateException("cannot read the template " + path + " (" + e.getMessage()
                    + "): fix its permissions or leave it out of --from", e);
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
    }

    /** The front matter's YAML and the text after it, or {@code null} when the text has no front matter. */
    private static String[] splitFrontMatter(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith("---\n")) {
            return null;
        }
        int start = 4;
        for (int line = start; line < body.length(); ) {
            int end = body.indexOf('\n', line);
            int lineEnd = end < 0 ? body.length() : end;
            String content = body.substring(line, lineEnd).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                return new String[] {body.substring(start, line), end < 0 ? "" : body.substring(end + 1)};
            }
            line = lineEnd + 1;
        }
        return null;
    }

    /** The sentences of a caption, white space trimmed. */
    static List<String> sentences(String caption) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(caption);
        List<String> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = caption.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
