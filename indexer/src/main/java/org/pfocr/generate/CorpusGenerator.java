package org.pfocr.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of figure records for benchmarks: {@code count} records recombined from
 * the real records of a template folder (see {@link RecordRecombiner}), in the PFOCR repository
 * layout, {@code OUT/_figures/<figid>.md} and {@code OUT/_data/<figid>-genes.tsv} etc. The same
 * templates, count and seed give the same files, byte for byte. Records are made and written one at
 * a time on all cores, so memory stays flat however many are asked for.
 *
 * <pre>{@code
 * GeneratedCorpus corpus = CorpusGenerator.generate(Path.of("../shared/pfocr-sample"), Path.of("/tmp/c10k"), 10_000, 42);
 * }</pre>
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    /**
     * Generates the corpus.
     *
     * @param templates a folder of real figure records (with their {@code _data} tables)
     * @param out the folder to write, which must not exist or be empty
     * @param count how many records to write, at least 1
     * @param seed the seed of the recombination
     * @throws GenerateException when the templates are unusable or {@code out} is not empty
     * @throws IOException when writing fails
     */
    public static GeneratedCorpus generate(Path templates, Path out, long count, long seed) throws IOException {
        if (count < 1) {
            throw new GenerateException("--count must be at least 1, not " + count);
        }
        long start = System.nanoTime();
        requireEmpty(out);
        TemplateSet set = TemplateSet.read(templates);
        RecordRecombiner recombiner = new RecordRecombiner(set, seed);
        Path figures = Files.createDirectories(out.resolve("_figures"));
        Path data = Files.createDirectories(out.resolve("_data"));
        ThreadLocal<YamlText> yaml = ThreadLocal.withInitial(YamlText::new);
        LongAdder files = new LongAdder();
        LongAdder bytes = new LongAdder();
        try {
            LongStream.range(0, count).parallel().forEach(index -> {
                GeneratedRecord record = recombiner.record(index, yaml.get());
                bytes.add(write(figures.resolve(record.figid() + ".md"), record.text()));
                files.increment();
                for (Map.Entry<Sidecar, String> table : record.sidecars().entrySet()) {
                    bytes.add(write(data.resolve(table.getKey().fileName(record.figid())), table.getValue()));
                    files.increment();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new GeneratedCorpus(count, files.sum(), bytes.sum(), set.all().size(), set.skipped(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void requireEmpty(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new GenerateException(out + " is a file: name a new or empty folder for the corpus");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new GenerateException(out + " is not empty: name a new or empty folder for the corpus,"
                        + " or delete this one first");
            }
        }
    }

    /** Writes a new file; returns its size in bytes. */
    private static long write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.length;
    }
}
