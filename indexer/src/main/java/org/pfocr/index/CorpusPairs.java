package org.pfocr.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *   <li>a word that is a common English word ({@code and}, {@code via}) or shorter than three
 *       characters is dropped;</li>
 *   <li>a word matched, as an alias, to more than {@value #MAX_ALIAS_TARGETS} genes ({@code p38})
 *       is dropped as ambiguous; symbols that differ only in case (human {@code MTOR}, mouse
 *       {@code Mtor}) count as one gene;</li>
 *   <li>a word of lower-case letters only ({@code receptor}, {@code steps}, {@code genesis}) is
 *       prose, not a gene name: it is kept only as a family word ({@code caspases});</li>
 *   <li>a family word ({@code PI3K} to its members, FamPlex-sourced) finds its genes one way only;
 *       an alias and its gene find each other.</li>
 * </ul>
 * Two spellings the figures' text uses are added: a word that starts or ends with a Latin
 * {@code B} standing for OCR'd β ({@code B-catenin}, {@code TGF-B}) is also read with β, and a
 * symbol ending in a digit and {@code A}, {@code B} or {@code G} ({@code GSK3B}, {@code HIF1A})
 * is also found by its Greek spelling ({@code GSK3β}, {@code HIF-1α}).
 */
public final class CorpusPairs {

    /** Upstream sources that match a family name to member genes. */
    private static final Set<String> FAMILY_SOURCES = Set.of("famplex_relations", "bioentities_symbol");
    private static final int MAX_ALIAS_TARGETS = 3;
    /** Prose: lower-case letters only. */
    private static final Pattern PROSE_WORD = Pattern.compile("\\p{Ll}+");
    /** A Latin B for β at the start ({@code B-catenin}) or the end ({@code TGF-B}) of a word. */
    private static final Pattern LATIN_BETA = Pattern.compile("^B(?=-\\p{L}{3})|(?<=\\p{L}{2}-)B$");
    /** A symbol whose last letter, after a digit, names a Greek-lettered isoform: {@code GSK3B}. */
    private static final Pattern GREEK_SUFFIX = Pattern.compile("(?<=\\p{L}[\\p{L}\\p{N}]{0,10}\\p{N})[ABG]$");
    private static final Map<String, String> GREEK = Map.of("A", "α", "B", "β", "G", "γ");

    private final EnglishWords englishWords;

    CorpusPairs(EnglishWords englishWords) {
        this.englishWords = englishWords;
    }

    /** Adds the screened pairs of the live figures in {@code reader} to {@code rules}; returns how many were added. */
    int addTo(SynonymRules rules, IndexReader reader) throws IOException {
        Map<String, Map<String, Boolean>> targets = read(reader);
        Set<String> symbols = new TreeSet<>();
        int added = 0;
        for (Map.Entry<String, Map<String, Boolean>> word : targets.entrySet()) {
            symbols.addAll(word.getValue().keySet());
            if (!usable(word.getKey())) {
                continue;
            }
            boolean aliasesUsable = !PROSE_WORD.matcher(word.getKey()).matches()
                    && aliasTargets(word.getValue()) <= MAX_ALIAS_TARGETS;
            for (Map.Entry<String, Boolean> target : word.getValue().entrySet()) {
                boolean family = target.getValue();
                if (!family && !aliasesUsable) {
                    continue;
                }
                for (String spelling : spellings(word.getKey())) {
                    boolean ok = family
                            ? rules.addExpansion(spelling, Set.of(target.getKey()))
                            : rules.addEquivalent(spelling, target.getKey());
                    if (ok) {
                        added++;
                    }
                }
            }
        }
        for (String symbol : symbols) {
            Matcher suffix = GREEK_SUFFIX.matcher(symbol);
            if (suffix.find() && rules.addEquivalent(suffix.replaceFirst(GREEK.get(suffix.group())), symbol)) {
                added++;
            }
        }
        return added;
    }

    /** How many genes a word names as an alias, symbols differing only in case counted once. */
    private static long aliasTargets(Map<String, Boolean> targets) {
        return targets.entrySet().stream()
                .filter(target -> !target.getValue())
                .map(target -> target.getKey().toLowerCase(Locale.ROOT))
                .distinct()
                .count();
    }

    /** The word as printed and, when it has a Latin B standing for β, as written with β. */
    private static List<String> spellings(String word) {
        Matcher beta = LATIN_BETA.matcher(word);
        return beta.find() ? List.of(word, beta.replaceFirst("β")) : List.of(word);
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
