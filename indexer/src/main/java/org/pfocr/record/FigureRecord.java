package org.pfocr.record;

import java.util.List;
import java.util.Objects;

/**
 * One PFOCR figure as parsed from its record file and sidecars, normalised: missing values
 * ({@code NA}, {@code ''}, {@code .na.character}) are {@code null}, lists are never null.
 *
 * @param figid the figure id, e.g. {@code PMC3101113__cmr-3-177f3}
 * @param pmcid the PubMed Central id of the paper, e.g. {@code PMC3101113}
 * @param figureTitle the figure title ({@code figtitle})
 * @param caption the figure caption
 * @param paperTitle the title of the paper ({@code papertitle})
 * @param refText the reference text: authors, journal, year, pages ({@code reftext})
 * @param journalTitle the journal's full title ({@code journal_title}), newer records only
 * @param journalAbbreviation the NLM title abbreviation ({@code journal_nlm_ta})
 * @param doi the paper's DOI
 * @param year the publication year, {@code null} when unknown
 * @param figureLink the PMC figure path ({@code figlink}), e.g. {@code /pmc/articles/PMC1/figure/F1/}
 * @param number the figure number as printed ({@code F3}, {@code Figure 3}, {@code SF2_2})
 * @param figureType {@code Figure} or {@code Supplemental figure} ({@code figtype})
 * @param organisms scientific names of the organisms the figure is about, without duplicates
 * @param keywords the paper's keywords
 * @param genes gene mentions, duplicates collapsed
 * @param chemicals chemical mentions, duplicates collapsed
 * @param diseases disease mentions, duplicates collapsed
 */
public record FigureRecord(
        String figid,
        String pmcid,
        String figureTitle,
        String caption,
        String paperTitle,
        String refText,
        String journalTitle,
        String journalAbbreviation,
        String doi,
        Integer year,
        String figureLink,
        String number,
        String figureType,
        List<String> organisms,
        List<String> keywords,
        List<GeneMention> genes,
        List<Mention> chemicals,
        List<Mention> diseases) {

    public FigureRecord {
        Objects.requireNonNull(figid, "figid");
        organisms = List.copyOf(organisms);
        keywords = List.copyOf(keywords);
        genes = List.copyOf(genes);
        chemicals = List.copyOf(chemicals);
        diseases = List.copyOf(diseases);
    }
}
