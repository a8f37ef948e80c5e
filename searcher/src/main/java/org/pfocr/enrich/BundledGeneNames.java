package org.pfocr.enrich;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pfocr.synonym.AliasKey;
import org.pfocr.synonym.BundledSynonyms;
import org.pfocr.synonym.FamplexFamily;
import org.pfocr.synonym.GeneAlias;

/**
 * The bundled synonym tables as look-ups by name: human gene aliases and FamPlex families by
 * {@link AliasKey}, and official symbols by NCBI Gene id. Built on first use and shared.
 */
final class BundledGeneNames {

    private BundledGeneNames() {
    }

    /** The official symbols {@code name} is a human alias of (usually one), sorted; empty when none. */
    static Set<String> aliasSymbols(String name) {
        return Collections.unmodifiableSet(Tables.ALIASES.getOrDefault(AliasKey.of(name), Set.of()));
    }

    /** The official symbol of NCBI Gene id {@code entrez}, {@code null} when the alias table does not know it. */
    static String entrezSymbol(String entrez) {
        return Tables.ENTREZ.get(entrez);
    }

    /** The member genes of the FamPlex family named {@code name} or triggered by it; empty when none. */
    static List<String> familyMembers(String name) {
        FamplexFamily family = Tables.FAMILIES.get(AliasKey.of(name));
        return family == null ? List.of() : family.members();
    }

    private static final class Tables {
        static final Map<String, Set<String>> ALIASES = new HashMap<>();
        static final Map<String, String> ENTREZ = new HashMap<>();
        static final Map<String, FamplexFamily> FAMILIES = new HashMap<>();

        static {
            for (GeneAlias alias : BundledSynonyms.humanGeneAliases().entries()) {
                ALIASES.computeIfAbsent(AliasKey.of(alias.alias()), key -> new TreeSet<>()).add(alias.symbol());
                ENTREZ.putIfAbsent(alias.entrez(), alias.symbol());
            }
            List<FamplexFamily> families = BundledSynonyms.famplexFamilies().families();
            families.forEach(family -> FAMILIES.putIfAbsent(AliasKey.of(family.name()), family));
            families.forEach(family -> family.triggers()
                    .forEach(trigger -> FAMILIES.putIfAbsent(AliasKey.of(trigger), family)));
        }
    }
}
