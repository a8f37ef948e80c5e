package org.pfocr.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions listed in the front matter of older records: {@code genes:} entries with
 * {@code word}, {@code symbol}, {@code source}, {@code hgnc_symbol}, {@code entrez}, and
 * {@code chemicals:} / {@code diseases:} entries with {@code word}, {@code source},
 * {@code identifier}. The official symbol is {@code hgnc_symbol}; {@code symbol} is what the word
 * matched, often a family such as {@code MAPK}, and is used only when {@code hgnc_symbol} is missing.
 * Control characters in the values are read as spaces, with a warning ({@link FrontMatterFields#entryValue}).
 */
final class InlineMentions {

    private InlineMentions() {
    }

    /** The gene mentions; entries whose word cleans to nothing are left out. */
    static List<GeneMention> genes(FrontMatterFields fields) {
        List<GeneMention> genes = new ArrayList<>();
        for (JsonNode entry : fields.mappings("genes")) {
            String word = GeneWordCleaner.clean(fields.entryValue("genes", entry, "word"));
            if (!word.isEmpty()) {
                String symbol = fields.entryValue("genes", entry, "hgnc_symbol");
                genes.add(new GeneMention(word,
                        symbol != null ? symbol : fields.entryValue("genes", entry, "symbol"),
                        fields.entryValue("genes", entry, "entrez"),
                        fields.entryValue("genes", entry, "source"),
                        null, null));
            }
        }
        return genes;
    }

    /** The chemical or disease mentions of the list field {@code field}; entries without a word are left out. */
    static List<Mention> mentions(FrontMatterFields fields, String field) {
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode entry : fields.mappings(field)) {
            String word = fields.entryValue(field, entry, "word");
            if (word != null) {
                mentions.add(new Mention(word, null,
                        fields.entryValue(field, entry, "identifier"), fields.entryValue(field, entry, "source")));
            }
        }
        return mentions;
    }
}
