package org.pfocr.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.pfocr.analysis.SynonymMapCodec;
import org.pfocr.analysis.SynonymRules;
import org.pfocr.record.FileErrors;
import org.pfocr.synonym.AliasFilter;
import org.pfocr.synonym.EnglishWords;
import org.pfocr.synonym.GeneAlias;
import org.pfocr.synonym.GeneAliasTable;
import org.pfocr.synonym.OrganismTable;
import org.pfocr.synonym.SynonymSource;

/**
 * Builds the synonym map an index is committed with, from every source, so that a query process
 * only loads it: the corpus's own pairs, the bundled human gene aliases and FamPlex families, the
 * user's gene_info aliases and synonym files. Organism names are not in the map: they are
 * expanded when indexing, and counted here for the record.
 */
final class IndexSynonyms {

    /**
     * The built map and what went into it.
     *
     * @param encodedMap the map, as {@link SynonymMapCodec} writes it
     * @param counts rules by source label
     */
    record Built(byte[] encodedMap, Map<String, Integer> counts) {
    }

    private IndexSynonyms() {
    }

    /** Builds the map for the live figures of {@code reader} and the user's rules. */
    static Built build(IndexReader reader, String geneInfoRules, String userRules) throws IOException {
        SynonymRules rules = new SynonymRules();
        Map<SynonymSource, Integer> counts = new EnumMap<>(SynonymSource.class);
        counts.put(SynonymSource.CORPUS, new CorpusPairs(EnglishWords.bundled()).addTo(rules, reader));
        BundledRules bundled = BundledRules.get();
        rules.addAll(bundled.rules());
        counts.put(SynonymSource.GENE_ALIASES, bundled.aliases());
        counts.put(SynonymSource.FAMPLEX, bundled.families());
        counts.put(SynonymSource.ORGANISMS, OrganismTable.bundled().organisms().size());
        counts.put(SynonymSource.GENE_INFO, addTsvAliases(rules, geneInfoRules));
        try {
            counts.put(SynonymSource.USER, rules.addSolrRules(userRules));
        } catch (ParseException e) {
            throw new InvalidOptionException("the index's saved synonym rules, line " + e.getErrorOffset()
                    + ": " + e.getMessage() + ": rebuild with corrected --synonyms files");
        }
        Map<String, Integer> labelled = new LinkedHashMap<>();
        counts.forEach((source, count) -> labelled.put(source.label(), count));
        return new Built(SynonymMapCodec.encode(rules.build()), labelled);
    }

    /**
     * Reads the user's gene_info file into alias rules (tab-separated alias and symbol lines).
     *
     * @throws InvalidOptionException when the file cannot be read as gene_info
     */
    static String readGeneInfo(Path geneInfo) {
        try {
            StringBuilder tsv = new StringBuilder();
            for (GeneAlias alias : GeneAliasTable.fromGeneInfo(geneInfo, AliasFilter.bundled()).entries()) {
                tsv.append(alias.alias()).append('\t').append(alias.symbol()).append('\n');
            }
            return tsv.toString();
        } catch (IOException e) {
            throw new InvalidOptionException("--gene-info " + FileErrors.describe(geneInfo, e), e);
        }
    }

    /**
     * Reads and checks the user's synonym files (Solr format).
     *
     * @throws InvalidOptionException naming the file and line of the first bad rule
     */
    static String readUserRules(List<Path> files) {
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidOptionException("--synonyms " + FileErrors.describe(file, e), e);
            }
            try {
                new SynonymRules().addSolrRules(text);
            } catch (ParseException e) {
                throw new InvalidOptionException(file + ":" + e.getErrorOffset() + ": " + e.getMessage()
                        + " (rules look like 'a, b, c' or 'x => y')");
            }
            all.append(text).append('\n');
        }
        return all.toString();
    }

    private static int addTsvAliases(SynonymRules rules, String tsv) {
        int added = 0;
        for (String line : tsv.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && rules.addEquivalent(line.substring(0, tab), line.substring(tab + 1))) {
                added++;
            }
        }
        return added;
    }
}
