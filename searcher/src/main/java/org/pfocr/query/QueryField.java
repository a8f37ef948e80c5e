package org.pfocr.query;

import java.util.List;

/**
 * A field users can name in a query: the name shown to them, the names they may type, the
 * index field it searches and how its values are matched.
 *
 * @param name the name shown in results and messages, e.g. {@code genes}
 * @param aliases every name users may type for it, {@code name} included
 * @param indexField the index field in {@link org.pfocr.schema.FigureFields}
 * @param kind how values are matched
 */
public record QueryField(String name, List<String> aliases, String indexField, Kind kind) {

    /** How a field's values are matched. */
    public enum Kind {
        /** Analysed text, expanded with synonyms. */
        TEXT,
        /** One exact value, case-insensitive ({@code pmcid}, {@code doi}). */
        IDENTIFIER,
        /** One exact value, as written ({@code figid}, {@code entrez}). */
        EXACT,
        /** A whole number: single values, ranges, {@code >=N} and the like ({@code year}). */
        INTEGER
    }

    public QueryField {
        aliases = List.copyOf(aliases);
    }
}
