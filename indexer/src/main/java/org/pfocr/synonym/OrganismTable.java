package org.pfocr.synonym;

import java.util.Optional;

/** TEMPORARY STUB until the synonym branch lands. */
public final class OrganismTable {
    public static OrganismTable bundled() {
        return new OrganismTable();
    }

    public Optional<Organism> lookup(String nameOrTaxid) {
        return switch (nameOrTaxid.toLowerCase()) {
            case "homo sapiens", "human", "9606" -> Optional.of(new Organism("9606", "Homo sapiens", java.util.List.of("human", "humans")));
            case "mus musculus", "mouse", "10090" -> Optional.of(new Organism("10090", "Mus musculus", java.util.List.of("mouse", "mice", "murine")));
            default -> Optional.empty();
        };
    }
}
