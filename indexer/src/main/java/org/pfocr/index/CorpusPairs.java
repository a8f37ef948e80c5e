package org.pfocr.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.pfocr.analysis.SynonymRules;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.schema.FigureFields;
import org.pfocr.synonym.EnglishWords;

/**
 * The corpus's own synonym source: the word-to-symbol pairs of the indexed figures' gene
 * annotations ({@code RANKL} to TNFSF11, {@code IL-6} to IL6), read from the index so the rules
 * are exactly those of its figures. The upstream annotations are noisy, so pairs are screened:
 * <ul>
 *   <li>a word that is a common English word ({@code and}, {@code receptor}) or shorter than three
 *       characters is dropped;</li>
 *   <li>a word matched, as an alias, to more than {@value #MAX_ALIAS_TARGETS} genes ({@code p38})
 *       is dropped as ambiguous;</li>
 *   <li>a family word ({@code PI3K} to its members, FamPlex-sourced) finds its genes one way only;
 *       an alias and its gene find each other.</li>
 * </ul>
 */
public final class CorpusPairs {

    /** Upstream sources that match a family name to member genes. */
    private static final Set<String> FAMILY_SOURCES = Set.of("famplex_relations", "bioentities_symbol");
    private static final int MAX_ALIAS_TARGETS = 3;

    private final EnglishWords englishWords;

    CorpusPairs(EnglishWords englishWords) {
        this.englishWords = englishWords;
    }

    /** Adds the screened pairs of the live figures in {@code reader} to {@code rules}; returns how many were added. */
    int addTo(SynonymRules rules, IndexReader reader) throws IOException {
        Map<String, Map<String, Boolean>> targets = read(reader);
        int added = 0;
        for (Map.Entry<String, Map<String, Boolean>> word : targets.entrySet()) {
            if (!usable(word.getKey())) {
                continue;
            }
            long aliasTargets = word.getValue().values().stream().filter(family -> !family).count();
            for (Map.Entry<String, Boolean> target : word.getValue().entrySet()) {
                boolean family = target.getValue();
                if (!family && aliasTargets > MAX_ALIAS_TARGETS) {
                    continue;
                }
                boolean ok = family
                        ? rules.addExpansion(word.getKey(), Set.of(target.getKey()))
                        : rules.addEquivalent(word.getKey(), target.getKey());
                if (ok) {
                    added++;
                }
            }
        }
        return added;
    }

    private boolean usable(String word) {
        String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.length() >= 3 && !englishWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The unscreened pairs of the live figures in {@code reader}: word as printed to (symbol to
     * whether only family sources matched it).
     */
    public static Map<String, Map<String, Boolean>> read(IndexReader reader) throws IOException {
        Map<String, Map<String, Boolean>> targets = new TreeMap<>();
        Terms terms = MultiTerms.getTerms(reader, FigureFields.WORD_SYMBOL_PAIR);
        if (terms == null) {
            return targets;
        }
        Bits live = MultiBits.getLiveDocs(reader);
        TermsEnum pairs = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = pairs.next(); term != null; term = pairs.next()) {
            postings = pairs.postings(postings, PostingsEnum.NONE);
            if (!hasLiveDoc(postings, live)) {
                continue;
            }
            String[] parts = term.utf8ToString().split(String.valueOf(FigureDocumentBuilder.PAIR_SEPARATOR), -1);
            boolean family = FAMILY_SOURCES.contains(parts[2]);
            targets.computeIfAbsent(parts[0], w -> new LinkedHashMap<>()).merge(parts[1], family, Boolean::logicalAnd);
        }
        return targets;
    }

    private static boolean hasLiveDoc(PostingsEnum postings, Bits live) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                return true;
            }
        }
        return false;
    }
}
