package org.pfocr.synonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code gene_info} rows into alias → gene entries that are safe to expand a query with. Each alias is checked
 * against the {@link DropRule}s in their declared order and dropped by the first that matches; ambiguity and
 * symbol collisions are judged within the rows given (so within one organism's file).
 */
public final class AliasFilter {
    private static final Set<String> NOT_GENE_PRODUCTS = Set.of("unknown", "other", "biological-region");

    private final EnglishWords englishWords;
    private final Set<String> familyNameKeys;

    /**
     * @param englishWords words that must not become gene names
     * @param familyNames  names of protein families and complexes (e.g. FamPlex names and texts); an alias equal to
     *                     one of them (ignoring case, '-', '.' and spaces) is dropped
     */
    public AliasFilter(EnglishWords englishWords, Collection<String> familyNames) {
        this.englishWords = englishWords;
        Set<String> keys = new HashSet<>();
        familyNames.forEach(name -> keys.add(AliasKey.of(name)));
        this.familyNameKeys = Set.copyOf(keys);
    }

    /** The filter used for the bundled tables: bundled English words and bundled FamPlex family names. */
    public static AliasFilter bundled() {
        return new AliasFilter(EnglishWords.bundled(), BundledSynonyms.famplexFamilies().allNames());
    }

    /** Filters the aliases of {@code genes}. */
    public Result apply(List<GeneInfoRow> genes) {
        NameScreen screen = NameScreen.of(genes, englishWords);
        Map<String, Set<String>> genesByAliasKey = genesByAliasKey(genes);
        List<GeneAlias> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (GeneInfoRow gene : genes) {
            for (String alias : new LinkedHashSet<>(gene.synonyms())) {
                Optional<DropRule> rule = check(alias, gene, screen, genesByAliasKey);
                if (rule.isPresent()) {
                    dropped.add(new Dropped(alias, gene.symbol(), gene.geneId(), rule.get()));
                } else {
                    kept.add(new GeneAlias(alias, gene.symbol(), gene.geneId()));
                }
            }
        }
        return new Result(GeneAliasTable.of(kept), List.copyOf(dropped));
    }

    private Optional<DropRule> check(String alias, GeneInfoRow gene, NameScreen screen,
                                     Map<String, Set<String>> genesByAliasKey) {
        String key = AliasKey.of(alias);
        if (key.equals(AliasKey.of(gene.symbol()))) {
            return Optional.of(DropRule.REDUNDANT);
        }
        if (NOT_GENE_PRODUCTS.contains(gene.typeOfGene())) {
            return Optional.of(DropRule.NOT_A_GENE_PRODUCT);
        }
        if (NameScreen.tooShort(key)) {
            return Optional.of(DropRule.TOO_SHORT);
        }
        if (NameScreen.hasNoLetter(alias)) {
            return Optional.of(DropRule.NO_LETTER);
        }
        if (screen.isSymbol(key)) {
            return Optional.of(DropRule.OFFICIAL_SYMBOL);
        }
        if (genesByAliasKey.get(key).size() > 1) {
            return Optional.of(DropRule.AMBIGUOUS);
        }
        if (familyNameKeys.contains(key)) {
            return Optional.of(DropRule.FAMILY_NAME);
        }
        if (screen.isEnglishWord(alias)) {
            return Optional.of(DropRule.ENGLISH_WORD);
        }
        return Optional.empty();
    }

    private static Map<String, Set<String>> genesByAliasKey(List<GeneInfoRow> genes) {
        Map<String, Set<String>> genesByKey = new HashMap<>(genes.size() * 2);
        for (GeneInfoRow gene : genes) {
            for (String alias : gene.synonyms()) {
                genesByKey.computeIfAbsent(AliasKey.of(alias), k -> new HashSet<>(2)).add(gene.geneId());
            }
        }
        return genesByKey;
    }

    /**
     * An alias that was left out, and why.
     *
     * @param alias  the alias as listed
     * @param symbol the symbol of the gene it was listed for
     * @param entrez that gene's id
     * @param rule   the first rule that dropped it
     */
    public record Dropped(String alias, String symbol, String entrez, DropRule rule) {
    }

    /**
     * What filtering kept and dropped.
     *
     * @param kept    the aliases that passed every rule
     * @param dropped the others, in input order
     */
    public record Result(GeneAliasTable kept, List<Dropped> dropped) {
        /** How many aliases each rule dropped, for every rule (zero included), in rule order. */
        public Map<DropRule, Integer> counts() {
            Map<DropRule, Integer> counts = new EnumMap<>(DropRule.class);
            for (DropRule rule : DropRule.values()) {
                counts.put(rule, 0);
            }
            dropped.forEach(d -> counts.merge(d.rule(), 1, Integer::sum));
            return counts;
        }

        /** How many distinct (alias, gene) pairs were examined. */
        public int examined() {
            return kept.size() + dropped.size();
        }
    }
}
