package org.pfocr.synonym;

/**
 * Why a gene alias (or a FamPlex text) is left out of the synonym tables. Aliases are checked in the order of
 * the constants, and a dropped alias is counted under the first rule that matches.
 */
public enum DropRule {
    /** Equals its own gene's symbol once case, hyphens, dots and spaces are ignored ({@code IL-6} for IL6). */
    REDUNDANT("equals its own symbol ignoring case, '-', '.' and spaces"),
    /** Belongs to a locus rather than a gene product: type_of_gene unknown, other or biological-region. */
    NOT_A_GENE_PRODUCT("belongs to a gene of type unknown, other or biological-region (loci, regions)"),
    /** Fewer than 3 characters once hyphens, dots and spaces are removed. */
    TOO_SHORT("shorter than 3 characters ignoring '-', '.' and spaces"),
    /** Has no letter at all, e.g. {@code 6-16} or {@code 14.1}. */
    NO_LETTER("has no letter (numbers such as 6-16 or 14.1)"),
    /** Is the official symbol of another gene ({@code HGF} is listed for IL6 but is a gene of its own). */
    OFFICIAL_SYMBOL("is the official symbol of another gene (or, for FamPlex texts, of any gene)"),
    /** Is listed for several genes ({@code p38}, {@code gp130}). */
    AMBIGUOUS("is an alias of several genes"),
    /** Names a FamPlex family or complex ({@code AKT} is listed for AKT1): the family table expands it instead. */
    FAMILY_NAME("names a FamPlex family or complex, which the family table expands"),
    /** Is a common English word ({@code FOR}, {@code VIA}, {@code LIGHT}). */
    ENGLISH_WORD("is a common English word (SCOWL size 10)");

    private final String description;

    DropRule(String description) {
        this.description = description;
    }

    /** One line saying what the rule drops. */
    public String description() {
        return description;
    }
}
