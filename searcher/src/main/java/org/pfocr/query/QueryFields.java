package org.pfocr.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pfocr.schema.FigureFields;

/**
 * The fields of the query language, the names users may type for them, and the fields (with
 * boosts) that bare terms search.
 */
public final class QueryFields {

    /** Every field, in the order they are listed to users. */
    public static final List<QueryField> ALL = List.of(
            text("caption", FigureFields.CAPTION),
            text("title", FigureFields.FIGURE_TITLE, "figtitle"),
            text("paper", FigureFields.PAPER_TITLE, "papertitle"),
            text("genes", FigureFields.GENE, "gene", "symbol", "symbols"),
            text("word", FigureFields.GENE_WORD, "words"),
            new QueryField("entrez", List.of("entrez"), FigureFields.ENTREZ, QueryField.Kind.EXACT),
            text("organism", FigureFields.ORGANISM, "organisms", "species", "taxon"),
            text("chemical", FigureFields.CHEMICAL, "chemicals"),
            text("disease", FigureFields.DISEASE, "diseases"),
            new QueryField("year", List.of("year"), FigureFields.YEAR, QueryField.Kind.INTEGER),
            new QueryField("pmcid", List.of("pmcid"), FigureFields.PMCID, QueryField.Kind.IDENTIFIER),
            new QueryField("figid", List.of("figid"), FigureFields.FIGID, QueryField.Kind.EXACT),
            new QueryField("doi", List.of("doi"), FigureFields.DOI, QueryField.Kind.IDENTIFIER),
            text("journal", FigureFields.JOURNAL),
            text("author", FigureFields.AUTHOR, "authors"),
            text("keywords", FigureFields.KEYWORDS, "keyword"),
            text("reftext", FigureFields.REFERENCE, "reference"));

    /**
     * Fields that bare terms search, with their boosts: a figure's own title and its gene symbols
     * say most about it, the paper's title less, and the OCR'd gene words, noisy as they are
     * ({@code and}, {@code via}, {@code receptor} matched to genes), least. Tuned on the judged
     * query set in {@code testdata/relevance}.
     */
    public static final Map<String, Float> DEFAULT_FIELDS = defaultFields();

    private static final Map<String, QueryField> BY_ALIAS = byAlias();
    private static final Map<String, QueryField> BY_INDEX_FIELD = byIndexField();

    private QueryFields() {
    }

    /** The field a user-typed name stands for (case-insensitive). */
    public static Optional<QueryField> byName(String typed) {
        return Optional.ofNullable(BY_ALIAS.get(typed.toLowerCase(Locale.ROOT)));
    }

    /** The query field that searches {@code indexField}. */
    public static Optional<QueryField> byIndexField(String indexField) {
        return Optional.ofNullable(BY_INDEX_FIELD.get(indexField));
    }

    /** The names users may type, for error messages: {@code caption, title, paper, ...}. */
    public static String names() {
        return String.join(", ", ALL.stream().map(QueryField::name).toList());
    }

    private static QueryField text(String name, String indexField, String... moreAliases) {
        List<String> aliases = new ArrayList<>(List.of(name));
        aliases.addAll(List.of(moreAliases));
        return new QueryField(name, aliases, indexField, QueryField.Kind.TEXT);
    }

    private static Map<String, Float> defaultFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(FigureFields.FIGURE_TITLE, 1.5f);
        fields.put(FigureFields.CAPTION, 1.0f);
        fields.put(FigureFields.PAPER_TITLE, 0.8f);
        fields.put(FigureFields.GENE, 1.5f);
        fields.put(FigureFields.GENE_WORD, 0.4f);
        return Collections.unmodifiableMap(fields);
    }

    private static Map<String, QueryField> byAlias() {
        Map<String, QueryField> map = new LinkedHashMap<>();
        for (QueryField field : ALL) {
            for (String alias : field.aliases()) {
                map.put(alias, field);
            }
        }
        return map;
    }

    private static Map<String, QueryField> byIndexField() {
        Map<String, QueryField> map = new LinkedHashMap<>();
        for (QueryField field : ALL) {
            map.put(field.indexField(), field);
        }
        return map;
    }
}
