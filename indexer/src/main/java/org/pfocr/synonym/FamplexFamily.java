package org.pfocr.synonym;

import java.util.List;

/**
 * One FamPlex family or complex with its human member genes, nested families resolved.
 *
 * @param name     the FamPlex name, e.g. {@code ERK}, {@code p38}, {@code NFkappaB}
 * @param members  HGNC symbols of every member gene, sorted, e.g. {@code MAPK1, MAPK3}
 * @param triggers the texts that should expand to the family, e.g. {@code ERK, ERK1/2, ERKs}: the family name
 *                 unless it is itself a gene symbol or a common word, then FamPlex's grounding texts that pass the
 *                 same checks; may be empty
 */
public record FamplexFamily(String name, List<String> members, List<String> triggers) {
    /** Copies the lists so the family stays immutable. */
    public FamplexFamily {
        members = List.copyOf(members);
        triggers = List.copyOf(triggers);
    }
}
