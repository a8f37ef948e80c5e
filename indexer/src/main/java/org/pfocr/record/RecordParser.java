package org.pfocr.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pfocr.source.RecordFile;

/**
 * Reads a figure record file and its sidecar tables into a {@link FigureRecord}.
 *
 * <p>The file is read as UTF-8 (a byte-order mark is dropped, CRLF line ends are accepted; bytes
 * that are not UTF-8 are read as Latin-1 with a {@link ProblemKind#NOT_UTF8} warning). Its YAML
 * front matter gives the fields; whatever follows the closing {@code ---} is ignored. Both record
 * formats are read, and their mix: genes listed in the front matter (older records) and genes in
 * the {@code -genes.tsv} sidecar (newer) are merged, as are chemicals and diseases. When the
 * {@code figid} differs from the file name and the {@link RecordFile} lacks a sidecar, the
 * sidecar named after the figid is used.
 *
 * <p>Values are normalised: missing values ({@code NA}, {@code ''}, {@code .na.character}) are
 * {@code null} or left out of lists; a list where one value is expected gives its first element
 * (free text: its elements joined); one value where a list is expected is a one-element list;
 * {@code keywords} are split at {@code |}. Organisms come from {@code organisms}, or from
 * {@code organisms_ner} when that is missing, followed by those of the gene table rows. Gene words
 * are cleaned by {@link GeneWordCleaner}. Duplicate mentions are collapsed, keeping the first:
 * genes with the same word, symbol and gene id (the same gene matched twice, e.g. by symbol and
 * by synonym; the same symbol in two organisms has two ids and stays twice), and chemicals and
 * diseases with the same word and identifier.
 *
 * <p>Instances hold no state: one parser can serve many threads.
 */
public final class RecordParser {

    /** Longer figids are not ids (real ones are under 100 characters); the file name is used instead. */
    static final int MAX_FIGID_LENGTH = 1_000;

    /** A parser. */
    public RecordParser() {
    }

    /**
     * Parses one record.
     *
     * @param file the record file and its sidecars
     * @param warnings receives the problems that do not keep the record out of the index
     * @return the record
     * @throws RecordException with the problem that keeps the record out of the index
     */
    public FigureRecord parse(RecordFile file, Consumer<Problem> warnings) throws RecordException {
        Path path = file.path();
        FrontMatterFields fields = FrontMatterFields.parse(FrontMatter.extract(readText(path, warnings), path),
                path, warnings);
        String figid = fields.text("figid");
        if (figid == null) {
            figid = file.stem();
            warnings.accept(Problem.of(ProblemKind.MISSING_FIGID, path,
                    "no 'figid' field; the file name '" + figid + "' was used as the figid"));
        } else if (figid.length() > MAX_FIGID_LENGTH) {
            warnings.accept(new Problem(ProblemKind.WRONG_TYPE, path, fields.line("figid"), String.format(
                    "'figid' is %,d characters long, not an id; the file name '%s' was used as the figid",
                    figid.length(), file.stem())));
            figid = file.stem();
        }
        RecordFile sidecars = file.forFigid(figid);
        List<GeneMention> genes = distinct(
                concat(InlineMentions.genes(fields), SidecarMentions.genes(sidecars.genes(), warnings)),
                gene -> Arrays.asList(gene.word(), gene.symbol(), gene.entrez()));
        List<Mention> chemicals = mentions(fields, "chemicals", sidecars.chemicals(), warnings);
        List<Mention> diseases = mentions(fields, "diseases", sidecars.diseases(), warnings);
        return new FigureRecord(
                figid,
                fields.text("pmcid"),
                fields.prose("figtitle"),
                fields.prose("caption"),
                fields.prose("papertitle"),
                fields.prose("reftext"),
                fields.prose("journal_title"),
                fields.text("journal_nlm_ta"),
                fields.text("doi"),
                fields.year("year"),
                fields.text("figlink"),
                fields.text("number"),
                fields.text("figtype"),
                organisms(fields, genes),
                keywords(fields),
                genes,
                chemicals,
                diseases);
    }

    /** The text of a record file, refused when unreadable, binary or blank. */
    private static String readText(Path path, Consumer<Problem> warnings) throws RecordException {
        byte[] bytes;
        try {
            bytes = TextFiles.read(path);
        } catch (IOException e) {
            throw new RecordException(Problem.of(ProblemKind.UNREADABLE, path, e), e);
        }
        if (TextFiles.isUtf16(bytes)) {
            throw new RecordException(Problem.of(ProblemKind.BINARY, path,
                    "UTF-16 text, which records never are; save the file as UTF-8"));
        }
        TextFiles.Decoded decoded = TextFiles.decode(bytes);
        if (decoded.binary()) {
            throw new RecordException(Problem.of(ProblemKind.BINARY, path,
                    "the file holds NUL bytes: binary data, not a figure record; keep it out of the SOURCE folders"));
        }
        if (decoded.text().isBlank()) {
            throw new RecordException(Problem.of(ProblemKind.EMPTY, path,
                    "nothing but white space; fill in the record's front matter or remove the file"));
        }
        if (decoded.latin1()) {
            warnings.accept(Problem.of(ProblemKind.NOT_UTF8, path, TextFiles.NOT_UTF8_REASON));
        }
        return decoded.text();
    }

    private static List<Mention> mentions(FrontMatterFields fields, String field, Path table,
            Consumer<Problem> warnings) {
        return distinct(concat(InlineMentions.mentions(fields, field), SidecarMentions.mentions(table, warnings)),
                mention -> Arrays.asList(mention.word(), mention.identifier()));
    }

    private static List<String> organisms(FrontMatterFields fields, List<GeneMention> genes) {
        Set<String> organisms = new LinkedHashSet<>(fields.texts("organisms"));
        if (organisms.isEmpty()) {
            organisms.addAll(fields.texts("organisms_ner"));
        }
        for (GeneMention gene : genes) {
            if (gene.organismName() != null) {
                organisms.add(gene.organismName());
            }
        }
        return List.copyOf(organisms);
    }

    private static List<String> keywords(FrontMatterFields fields) {
        List<String> keywords = new ArrayList<>();
        for (String text : fields.texts("keywords")) {
            keywords.addAll(Values.splitBars(text));
        }
        return keywords;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The elements in order, without those whose key an earlier element had. */
    private static <T> List<T> distinct(List<T> elements, Function<T, List<?>> key) {
        Map<List<?>, T> firsts = LinkedHashMap.newLinkedHashMap(elements.size());
        for (T element : elements) {
            firsts.putIfAbsent(key.apply(element), element);
        }
        return List.copyOf(firsts.values());
    }
}
