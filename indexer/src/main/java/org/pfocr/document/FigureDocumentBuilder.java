package org.pfocr.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.analysis.RecurringValueTokens;
import org.pfocr.record.FigureRecord;
import org.pfocr.record.GeneMention;
import org.pfocr.record.Mention;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;
import org.pfocr.synonym.Organism;
import org.pfocr.synonym.OrganismTable;

/**
 * Turns a parsed {@link FigureRecord} into the Lucene document of the schema in
 * {@link FigureFields}. Thread-safe.
 *
 * <p>Ids and names longer than {@link #MAX_EXACT_LENGTH} characters (a whole paragraph pasted
 * into a gene symbol) are kept as searchable text but left out of exact-match fields and facets,
 * with a warning, instead of making Lucene refuse the whole figure.
 */
public final class FigureDocumentBuilder {

    /** Where relative PMC figure links ({@code /pmc/articles/...}) point to. */
    public static final String PMC_BASE_URL = "https://www.ncbi.nlm.nih.gov";

    /** Separates the parts of a {@link FigureFields#WORD_SYMBOL_PAIR} term. */
    public static final char PAIR_SEPARATOR = '\u001f';

    /** Longer values are not ids or names; Lucene's own limits are far above (32 KB terms, 8 K facet paths). */
    public static final int MAX_EXACT_LENGTH = 1_000;

    private static final FieldType CAPTION_TYPE = captionType();

    private final OrganismTable organisms;
    private final RecurringValueTokens recurring = new RecurringValueTokens(IndexAnalyzers.create());

    /** A builder that expands organisms with the names in {@code organisms}. */
    public FigureDocumentBuilder(OrganismTable organisms) {
        this.organisms = organisms;
    }

    /**
     * Builds the document of {@code figure}, read from the files {@code source} describes.
     *
     * @param warnings receives a {@link ProblemKind#WRONG_TYPE} warning for each value too long
     *     to be an exact term or a facet
     */
    public Document build(FigureRecord figure, SourceStamp source, Consumer<Problem> warnings) throws IOException {
        ExactValues exact = new ExactValues(Path.of(source.path()), warnings);
        Document doc = new Document();
        doc.add(new StringField(FigureFields.FIGID, figure.figid(), Field.Store.YES));
        doc.add(new SortedDocValuesField(FigureFields.FIGID, new BytesRef(figure.figid())));
        addIdentifier(doc, FigureFields.PMCID, figure.pmcid(), exact);
        addIdentifier(doc, FigureFields.DOI, figure.doi(), exact);
        addText(doc, FigureFields.FIGURE_TITLE, figure.figureTitle(), Field.Store.YES);
        if (figure.caption() != null) {
            doc.add(new Field(FigureFields.CAPTION, figure.caption(), CAPTION_TYPE));
        }
        addText(doc, FigureFields.PAPER_TITLE, figure.paperTitle(), Field.Store.YES);
        addText(doc, FigureFields.REFERENCE, figure.refText(), Field.Store.YES);
        ReferenceText reference = ReferenceText.parse(figure.refText());
        addText(doc, FigureFields.AUTHOR, reference.authors(), Field.Store.NO);
        addJournal(doc, figure, reference, exact);
        addYear(doc, figure.year());
        addOrganisms(doc, figure, exact);
        addGenes(doc, figure, exact);
        addMentions(doc, figure.chemicals(), FigureFields.CHEMICAL, FigureFields.CHEMICAL_MENTIONS);
        addMentions(doc, figure.diseases(), FigureFields.DISEASE, FigureFields.DISEASE_MENTIONS);
        for (String keyword : figure.keywords()) {
            addRecurringText(doc, FigureFields.KEYWORDS, keyword, Field.Store.YES);
        }
        addStored(doc, FigureFields.URL, figureUrl(figure.figureLink()));
        addStored(doc, FigureFields.NUMBER, figure.number());
        addStored(doc, FigureFields.FIGURE_TYPE, figure.figureType());
        doc.add(new StringField(FigureFields.SOURCE_PATH, source.path(), Field.Store.YES));
        doc.add(new StoredField(FigureFields.SOURCE_STAMP, source.stamp()));
        doc.add(new BinaryDocValuesField(FigureFields.SOURCE_STAMP_VALUES, new BytesRef(source.stamp())));
        return doc;
    }

    /** The PMC figure URL of a {@code figlink}, {@code null} when there is none. */
    public static String figureUrl(String figureLink) {
        if (figureLink == null) {
            return null;
        }
        if (figureLink.startsWith("http://") || figureLink.startsWith("https://")) {
            return figureLink;
        }
        return PMC_BASE_URL + (figureLink.startsWith("/") ? "" : "/") + figureLink;
    }

    private void addJournal(Document doc, FigureRecord figure, ReferenceText reference, ExactValues exact) {
        String name = firstNonNull(figure.journalAbbreviation(), reference.journal(), figure.journalTitle());
        if (name == null) {
            return;
        }
        doc.add(new StoredField(FigureFields.JOURNAL, name));
        if (exact.fits("journal", name)) {
            FigureFacets.add(doc, FigureFields.FACET_JOURNAL, name);
        }
        for (String text : distinct(name, figure.journalTitle(), reference.journal())) {
            addRecurring(doc, FigureFields.JOURNAL, text, Field.Store.NO);
        }
    }

    private static void addYear(Document doc, Integer year) {
        if (year == null) {
            return;
        }
        doc.add(new IntPoint(FigureFields.YEAR, year));
        doc.add(new NumericDocValuesField(FigureFields.YEAR, year));
        doc.add(new StoredField(FigureFields.YEAR, year));
        FigureFacets.add(doc, FigureFields.FACET_YEAR, Integer.toString(year));
    }

    private void addOrganisms(Document doc, FigureRecord figure, ExactValues exact) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : figure.organisms()) {
            Organism organism = organisms.lookup(name)
                    .orElseGet(() -> new Organism(null, name, List.of()));
            if (!names.add(organism.scientificName())) {
                continue;
            }
            doc.add(new StoredField(FigureFields.ORGANISM, organism.scientificName()));
            if (exact.fits("organism", organism.scientificName())) {
                FigureFacets.add(doc, FigureFields.FACET_ORGANISM, organism.scientificName());
            }
            addRecurringText(doc, FigureFields.ORGANISM, organism.scientificName(), Field.Store.NO);
            addRecurringText(doc, FigureFields.ORGANISM, organism.taxonId(), Field.Store.NO);
            for (String common : organism.commonNames()) {
                addRecurringText(doc, FigureFields.ORGANISM, common, Field.Store.NO);
            }
        }
    }

    /**
     * A figure's genes: each symbol and word once in its text field (a repeat would count as a
     * second occurrence), each entrez id and word-symbol pair as it comes (an exact term repeated
     * in a figure is one posting, as Lucene keeps no frequencies for them), and every mention stored.
     */
    private void addGenes(Document doc, FigureRecord figure, ExactValues exact) {
        int genes = figure.genes().size();
        Set<String> symbols = LinkedHashSet.newLinkedHashSet(genes);
        Set<String> words = LinkedHashSet.newLinkedHashSet(genes);
        for (GeneMention gene : figure.genes()) {
            if (gene.symbol() != null && symbols.add(gene.symbol())) {
                addRecurring(doc, FigureFields.GENE, gene.symbol(), Field.Store.YES);
                if (exact.fits("gene symbol", gene.symbol())) {
                    FigureFacets.add(doc, FigureFields.FACET_GENE, gene.symbol());
                }
            }
            if (gene.word() != null && words.add(gene.word())) {
                addRecurringText(doc, FigureFields.GENE_WORD, gene.word(), Field.Store.NO);
            }
            if (gene.entrez() != null && exact.fits("entrez id", gene.entrez())) {
                doc.add(new StringField(FigureFields.ENTREZ, gene.entrez(), Field.Store.NO));
            }
            if (gene.word() != null && gene.symbol() != null) {
                String pair = gene.word() + PAIR_SEPARATOR + gene.symbol() + PAIR_SEPARATOR + orEmpty(gene.source());
                if (exact.fits("gene word", gene.word()) && exact.fits("gene symbol", gene.symbol())
                        && exact.fits("gene source", orEmpty(gene.source()))) {
                    doc.add(new StringField(FigureFields.WORD_SYMBOL_PAIR, pair, Field.Store.NO));
                }
            }
            doc.add(new StoredField(FigureFields.GENE_MENTIONS, String.join("\t",
                    orEmpty(gene.word()), orEmpty(gene.symbol()), orEmpty(gene.entrez()),
                    orEmpty(gene.source()), orEmpty(gene.taxonId()))));
        }
    }

    private void addMentions(Document doc, Iterable<Mention> mentions, String textField, String storedField) {
        Set<String> texts = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            for (String text : distinct(mention.word(), mention.name())) {
                if (texts.add(text.toLowerCase(Locale.ROOT))) {
                    addRecurring(doc, textField, text, Field.Store.NO);
                }
            }
            doc.add(new StoredField(storedField, String.join("\t",
                    orEmpty(mention.word()), orEmpty(mention.name()), orEmpty(mention.identifier()),
                    orEmpty(mention.source()))));
        }
    }

    private static void addIdentifier(Document doc, String field, String value, ExactValues exact) {
        if (value == null) {
            return;
        }
        if (exact.fits(field, value)) {
            doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        doc.add(new StoredField(field, value));
    }

    /** {@link #addRecurring} of a value that is neither null nor blank, as {@link #addText} adds text. */
    private void addRecurringText(Document doc, String field, String value, Field.Store store) {
        if (value != null && !value.isBlank()) {
            addRecurring(doc, field, value, store);
        }
    }

    /**
     * A value that recurs from figure to figure, as {@link TextField} would index it, with its
     * tokens analysed once ({@link RecurringValueTokens}).
     */
    private void addRecurring(Document doc, String field, String value, Field.Store store) {
        if (store == Field.Store.YES) {
            doc.add(new StoredField(field, value));
        }
        doc.add(recurring.field(field, value));
    }

    private static void addText(Document doc, String field, String value, Field.Store store) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, store));
        }
    }

    private static void addStored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static Set<String> distinct(String... values) {
        Set<String> set = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                set.add(value);
            }
        }
        return set;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Tells whether values fit exact-match fields and facets, warning once about each that does not. */
    private static final class ExactValues {
        private final Path file;
        private final Consumer<Problem> warnings;
        private final Set<String> tooLong = new HashSet<>();

        ExactValues(Path file, Consumer<Problem> warnings) {
            this.file = file;
            this.warnings = warnings;
        }

        boolean fits(String what, String value) {
            if (value.length() <= MAX_EXACT_LENGTH) {
                return true;
            }
            if (tooLong.add(value)) {
                warnings.accept(Problem.of(ProblemKind.WRONG_TYPE, file, String.format(
                        "the %s '%s...' is %,d characters long, too long for an id or a name; it is searchable as"
                                + " text, not as an exact value or a facet", what, value.substring(0, 20), value.length())));
            }
            return false;
        }
    }

    private static FieldType captionType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
