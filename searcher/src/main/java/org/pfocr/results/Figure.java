package org.pfocr.results;

import java.util.List;
import java.util.Objects;
import org.pfocr.record.GeneMention;
import org.pfocr.record.Mention;

/**
 * Everything the index holds about one figure.
 *
 * @param figid the figure id
 * @param pmcid the paper's PMC id, or {@code null}
 * @param doi the paper's DOI, or {@code null}
 * @param title the figure title, or {@code null}
 * @param caption the caption, or {@code null}
 * @param paperTitle the paper title, or {@code null}
 * @param reference the reference text, or {@code null}
 * @param journal the journal, or {@code null}
 * @param year the publication year, or {@code null}
 * @param number the figure number as printed, or {@code null}
 * @param figureType the figure type, or {@code null}
 * @param url the PMC figure URL, or {@code null}
 * @param organisms scientific names of the organisms
 * @param genes the genes and the words they were read from
 * @param chemicals the chemicals
 * @param diseases the diseases
 * @param keywords the paper's keywords
 * @param sourcePath the record file the figure was read from
 */
public record Figure(
        String figid, String pmcid, String doi, String title, String caption, String paperTitle,
        String reference, String journal, Integer year, String number, String figureType, String url,
        List<String> organisms, List<GeneMention> genes, List<Mention> chemicals, List<Mention> diseases,
        List<String> keywords, String sourcePath) {

    public Figure {
        organisms = List.copyOf(organisms);
        genes = List.copyOf(genes);
        chemicals = List.copyOf(chemicals);
        diseases = List.copyOf(diseases);
        keywords = List.copyOf(keywords);
    }

    /** The distinct official gene symbols, in order of first mention. */
    public List<String> geneSymbols() {
        return genes.stream().map(GeneMention::symbol).filter(Objects::nonNull).distinct().toList();
    }
}
