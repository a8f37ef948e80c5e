package org.pfocr.enrich;

import java.util.List;

/**
 * One name of a gene list and the genes of the index it stands for.
 *
 * @param name the name as given
 * @param symbols the official symbols it resolved to, sorted; empty when it resolved to none
 * @param via how it was resolved, {@code null} when it was not
 */
public record ResolvedName(String name, List<String> symbols, Via via) {

    /** How a name was resolved, in the order they are tried. */
    public enum Via {
        /** An official symbol of a gene in the index ({@code IL-6} is {@code IL6}). */
        SYMBOL,
        /** An NCBI Gene (Entrez) id. */
        ENTREZ,
        /** A human gene alias from NCBI Gene ({@code RANKL}). */
        ALIAS,
        /** A FamPlex family or complex, standing for its member genes ({@code JAK}). */
        FAMILY,
        /** A word the index's figures were annotated with (at most three genes). */
        FIGURE_WORD
    }

    public ResolvedName {
        symbols = List.copyOf(symbols);
    }

    /** Whether the name stands for more than one gene. */
    public boolean ambiguous() {
        return symbols.size() > 1;
    }

    /** Whether the name stands for no gene of the index. */
    public boolean unresolved() {
        return symbols.isEmpty();
    }
}
