package org.pfocr.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the names of a gene list were resolved to genes of the index. An ambiguous name stands for
 * all the genes it resolved to.
 *
 * @param names every name given, in order, with what it resolved to
 * @param symbols the distinct official symbols of the list, in order of first mention
 * @param unresolved the names that match no gene of the index
 * @param ambiguous the names that resolved to more than one gene
 */
public record GeneResolution(
        List<ResolvedName> names, List<String> symbols, List<String> unresolved, List<ResolvedName> ambiguous) {

    public GeneResolution {
        names = List.copyOf(names);
        symbols = List.copyOf(symbols);
        unresolved = List.copyOf(unresolved);
        ambiguous = List.copyOf(ambiguous);
    }

    /** The resolution of {@code names}, with the symbols, unresolved and ambiguous names drawn from them. */
    public static GeneResolution of(List<ResolvedName> names) {
        Set<String> symbols = new LinkedHashSet<>();
        names.forEach(name -> symbols.addAll(name.symbols()));
        return new GeneResolution(names, List.copyOf(symbols),
                names.stream().filter(ResolvedName::unresolved).map(ResolvedName::name).toList(),
                names.stream().filter(ResolvedName::ambiguous).toList());
    }
}
