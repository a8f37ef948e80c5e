package org.pfocr.enrich;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.pfocr.index.CorpusPairs;
import org.pfocr.schema.FigureFields;
import org.pfocr.synonym.AliasKey;

/**
 * Resolves the names of a gene list to official symbols of genes the index's figures have,
 * trying in turn (names compared ignoring case, hyphens, dots and spaces, so {@code IL-6} is
 * {@code IL6}):
 * <ol>
 *   <li>an official symbol of the index (an exact match wins over other spellings);</li>
 *   <li>an NCBI Gene id, through the figures' gene annotations, then the bundled alias table;</li>
 *   <li>a bundled human alias ({@code RANKL} is TNFSF11);</li>
 *   <li>a FamPlex family or one of its texts, standing for its members ({@code JAK});</li>
 *   <li>a word the figures were annotated with, when it names at most
 *       {@value #MAX_FIGURE_WORD_GENES} genes (annotations are noisy).</li>
 * </ol>
 * Targets no figure has are dropped, so a name whose genes are all absent is unresolved.
 * Thread-safe.
 */
final class GeneNameResolver {

    /** A figure word naming more genes than this is too ambiguous to resolve. */
    static final int MAX_FIGURE_WORD_GENES = 3;

    private final FigureGeneSets sets;
    private final IndexReader reader;
    private final Map<String, List<String>> symbolsByKey = new HashMap<>();
    private volatile Map<String, Set<String>> figureWords;

    GeneNameResolver(FigureGeneSets sets, IndexReader reader) {
        this.sets = sets;
        this.reader = reader;
        for (String symbol : sets.presentSymbols()) {
            symbolsByKey.computeIfAbsent(AliasKey.of(symbol), key -> new ArrayList<>()).add(symbol);
        }
        symbolsByKey.values().forEach(symbols -> symbols.sort(null));
    }

    /** Resolves every non-blank name of {@code names}. */
    GeneResolution resolve(List<String> names) throws IOException {
        List<ResolvedName> resolved = new ArrayList<>();
        for (String name : names) {
            if (!name.isBlank()) {
                resolved.add(resolve(name.strip()));
            }
        }
        return GeneResolution.of(resolved);
    }

    private ResolvedName resolve(String name) throws IOException {
        List<String> symbols = indexSymbols(name);
        if (!symbols.isEmpty()) {
            return new ResolvedName(name, symbols, ResolvedName.Via.SYMBOL);
        }
        if (name.chars().allMatch(Character::isDigit)) {
            String symbol = entrezSymbol(name);
            if (symbol != null) {
                return new ResolvedName(name, List.of(symbol), ResolvedName.Via.ENTREZ);
            }
        }
        symbols = present(BundledGeneNames.aliasSymbols(name));
        if (!symbols.isEmpty()) {
            return new ResolvedName(name, symbols, ResolvedName.Via.ALIAS);
        }
        symbols = present(BundledGeneNames.familyMembers(name));
        if (!symbols.isEmpty()) {
            return new ResolvedName(name, symbols, ResolvedName.Via.FAMILY);
        }
        symbols = present(figureWords().getOrDefault(AliasKey.of(name), Set.of()));
        if (!symbols.isEmpty() && symbols.size() <= MAX_FIGURE_WORD_GENES) {
            return new ResolvedName(name, symbols, ResolvedName.Via.FIGURE_WORD);
        }
        return new ResolvedName(name, List.of(), null);
    }

    /** The index's symbols spelled like {@code name}: the exact one if there is one, else all alike. */
    private List<String> indexSymbols(String name) {
        if (sets.geneId(name) >= 0) {
            return List.of(name);
        }
        List<String> alike = symbolsByKey.getOrDefault(AliasKey.of(name), List.of());
        List<String> sameCase = alike.stream().filter(symbol -> symbol.equalsIgnoreCase(name)).toList();
        return sameCase.size() == 1 ? sameCase : alike;
    }

    /** The symbol the figures annotate NCBI Gene id {@code entrez} with, else the alias table's. */
    private String entrezSymbol(String entrez) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(FigureFields.ENTREZ, entrez)), 1).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, Set.of(FigureFields.GENE_MENTIONS));
            for (String line : doc.getValues(FigureFields.GENE_MENTIONS)) {
                String[] columns = line.split("\t", -1);
                if (columns.length > 2 && columns[2].equals(entrez) && sets.geneId(columns[1]) >= 0) {
                    return columns[1];
                }
            }
        }
        String symbol = BundledGeneNames.entrezSymbol(entrez);
        return symbol != null && sets.geneId(symbol) >= 0 ? symbol : null;
    }

    /** Those of {@code symbols} some figure has, sorted. */
    private List<String> present(Collection<String> symbols) {
        return symbols.stream().filter(symbol -> sets.geneId(symbol) >= 0).sorted().distinct().toList();
    }

    /** Figure words (by alias key) to the symbols they were annotated with; read on first use. */
    private Map<String, Set<String>> figureWords() throws IOException {
        Map<String, Set<String>> words = figureWords;
        if (words == null) {
            synchronized (this) {
                words = figureWords;
                if (words == null) {
                    words = new HashMap<>();
                    for (Map.Entry<String, Map<String, Boolean>> pair : CorpusPairs.read(reader).entrySet()) {
                        words.computeIfAbsent(AliasKey.of(pair.getKey()), key -> new TreeSet<>())
                                .addAll(pair.getValue().keySet());
                    }
                    figureWords = words;
                }
            }
        }
        return words;
    }
}
