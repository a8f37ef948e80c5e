package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The synonym tables that ship with pfocr-search, each loaded from the classpath on first use and then shared:
 * human gene aliases and FamPlex families (organisms: {@link OrganismTable#bundled()}). How the tables are made:
 * {@link BundledTablesBuilder} and the README next to them.
 */
public final class BundledSynonyms {
    /** Resource name of the human gene alias table (gzip). */
    static final String HUMAN_GENE_ALIASES = "human-gene-aliases.tsv.gz";
    /** Resource name of the FamPlex family table. */
    static final String FAMPLEX_FAMILIES = "famplex-families.tsv";

    private BundledSynonyms() {
    }

    /** Human gene aliases (from NCBI Gene, filtered by {@link AliasFilter}). */
    public static GeneAliasTable humanGeneAliases() {
        return Aliases.TABLE;
    }

    /** FamPlex families with their human member genes. */
    public static FamplexFamilies famplexFamilies() {
        return Families.TABLE;
    }

    private static final class Aliases {
        static final GeneAliasTable TABLE = load();

        private static GeneAliasTable load() {
            try (BufferedReader in = TextSource.openResource(HUMAN_GENE_ALIASES)) {
                return GeneAliasTable.read(in, HUMAN_GENE_ALIASES);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + HUMAN_GENE_ALIASES, e);
            }
        }
    }

    private static final class Families {
        static final FamplexFamilies TABLE = load();

        private static FamplexFamilies load() {
            try (BufferedReader in = TextSource.openResource(FAMPLEX_FAMILIES)) {
                return FamplexFamilies.read(in, FAMPLEX_FAMILIES);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + FAMPLEX_FAMILIES, e);
            }
        }
    }
}
