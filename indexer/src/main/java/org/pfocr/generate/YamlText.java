package org.pfocr.generate;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and writes the front matter of generated records. Reading keeps every scalar as the text
 * it was written as ({@code entrez: 0123} stays {@code "0123"}, {@code NO} stays {@code "NO"});
 * writing uses the block style of the real PFOCR files (80 columns, {@code - x} lists at the
 * key's indentation) and quotes a text that would read back as another type ({@code '2011'}).
 * Not thread-safe: one instance per thread.
 */
final class YamlText {

    private final Yaml reader;
    private final Yaml writer;

    YamlText() {
        LoaderOptions loading = new LoaderOptions();
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setWidth(80);
        dumping.setIndent(2);
        reader = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextOnly());
        writer = new Yaml(new Representer(dumping), dumping);
    }

    /** The mapping in {@code yaml}, every scalar a string; {@code null} when it is not a mapping. */
    @SuppressWarnings("unchecked")
    Map<String, Object> read(String yaml) {
        Object loaded = reader.load(yaml);
        return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** The YAML text of {@code fields}, ending in a line break. */
    String write(Map<String, Object> fields) {
        return writer.dump(fields);
    }

    /** Resolves no plain scalar to a number, boolean, date or null: all are strings. */
    private static final class TextOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }
}
