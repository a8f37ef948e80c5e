package org.pfocr.schema;

/**
 * The names of every index field, in one place. Text fields are analysed with
 * {@link org.pfocr.analysis.FigureAnalyzer}; identifier fields hold exact (lower-cased) values.
 */
public final class FigureFields {

    /** Figure id: exact match, stored, sorted on (ties in score are broken by it). */
    public static final String FIGID = "figid";
    /** PubMed Central id of the paper, lower-cased for matching; stored as printed. */
    public static final String PMCID = "pmcid";
    /** DOI of the paper, lower-cased for matching; stored as printed. */
    public static final String DOI = "doi";
    /** Figure title. */
    public static final String FIGURE_TITLE = "figtitle";
    /** Figure caption; offsets are indexed for highlighting. */
    public static final String CAPTION = "caption";
    /** Paper title. */
    public static final String PAPER_TITLE = "papertitle";
    /** Reference text: authors, journal, year, pages. */
    public static final String REFERENCE = "reftext";
    /** Authors, from the reference text. */
    public static final String AUTHOR = "author";
    /** Journal title and abbreviation (text); the display name is stored under the same name. */
    public static final String JOURNAL = "journal";
    /** Publication year: points for ranges, doc values for sorting, stored. */
    public static final String YEAR = "year";
    /** Organisms: scientific names, common names and NCBI taxon ids (text); scientific names stored. */
    public static final String ORGANISM = "organism";
    /** Official gene symbols (text); stored. */
    public static final String GENE = "gene";
    /** Gene words as printed in the figure, cleaned of OCR punctuation (text). */
    public static final String GENE_WORD = "word";
    /** NCBI Gene (Entrez) ids, exact. */
    public static final String ENTREZ = "entrez";
    /** Gene mentions as stored lines: word, symbol, entrez, source, taxon id, tab-separated. */
    public static final String GENE_MENTIONS = "gene_mentions";
    /** Chemical words and names (text). */
    public static final String CHEMICAL = "chemical";
    /** Chemical mentions as stored lines: word, name, identifier, source, tab-separated. */
    public static final String CHEMICAL_MENTIONS = "chemical_mentions";
    /** Disease words and names (text). */
    public static final String DISEASE = "disease";
    /** Disease mentions as stored lines: word, name, identifier, source, tab-separated. */
    public static final String DISEASE_MENTIONS = "disease_mentions";
    /** The paper's keywords (text, stored). */
    public static final String KEYWORDS = "keywords";
    /** PMC figure URL, stored only. */
    public static final String URL = "url";
    /** Figure number as printed ({@code F3}, {@code Figure 3}), stored only. */
    public static final String NUMBER = "number";
    /** Figure type ({@code Figure}, {@code Supplemental figure}), stored only. */
    public static final String FIGURE_TYPE = "figtype";
    /** The corpus's word-to-symbol pairs, one exact term per pair: the synonym source saved with the index. */
    public static final String WORD_SYMBOL_PAIR = "word_symbol_pair";
    /** Absolute path of the record file: exact, stored; lets an update find removed or changed files. */
    public static final String SOURCE_PATH = "source_path";
    /** Size and modification times of the record file and its sidecars, stored. */
    public static final String SOURCE_STAMP = "source_stamp";
    /**
     * The {@link #SOURCE_STAMP} again as binary doc values, which an update reads without
     * decompressing stored fields; a field of its own, since Lucene keeps a field's doc values
     * type for good and indexes written by earlier builds have the stamp stored only.
     */
    public static final String SOURCE_STAMP_VALUES = "source_stamp_values";

    /** Facet dimension: organism scientific names. */
    public static final String FACET_ORGANISM = "organism";
    /** Facet dimension: publication year. */
    public static final String FACET_YEAR = "year";
    /** Facet dimension: gene symbols. */
    public static final String FACET_GENE = "gene";
    /** Facet dimension: journal. */
    public static final String FACET_JOURNAL = "journal";

    private FigureFields() {
    }
}
