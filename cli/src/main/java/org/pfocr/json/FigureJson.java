package org.pfocr.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pfocr.record.GeneMention;
import org.pfocr.record.Mention;
import org.pfocr.results.Figure;

/**
 * The JSON shape of one figure (documented in the README): every stored field with a stable
 * snake_case name, genes with the words they were read from, chemicals and diseases.
 */
public final class FigureJson {

    private FigureJson() {
    }

    /** The JSON object of a figure, with stable snake_case names (documented in the README). */
    public static Map<String, Object> of(Figure figure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("figid", figure.figid());
        json.put("pmcid", figure.pmcid());
        json.put("doi", figure.doi());
        json.put("title", figure.title());
        json.put("paper_title", figure.paperTitle());
        json.put("reference", figure.reference());
        json.put("journal", figure.journal());
        json.put("year", figure.year());
        json.put("number", figure.number());
        json.put("figure_type", figure.figureType());
        json.put("url", figure.url());
        json.put("organisms", figure.organisms());
        json.put("caption", figure.caption());
        List<Map<String, Object>> genes = new ArrayList<>();
        for (GeneMention gene : figure.genes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("word", gene.word());
            entry.put("symbol", gene.symbol());
            entry.put("entrez", gene.entrez());
            entry.put("source", gene.source());
            entry.put("taxon_id", gene.taxonId());
            genes.add(entry);
        }
        json.put("genes", genes);
        json.put("chemicals", mentions(figure.chemicals()));
        json.put("diseases", mentions(figure.diseases()));
        json.put("keywords", figure.keywords());
        json.put("source_path", figure.sourcePath());
        return json;
    }

    private static List<Map<String, Object>> mentions(List<Mention> mentions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Mention mention : mentions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("word", mention.word());
            entry.put("name", mention.name());
            entry.put("identifier", mention.identifier());
            entry.put("source", mention.source());
            list.add(entry);
        }
        return list;
    }
}
