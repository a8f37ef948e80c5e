package org.pfocr.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What enrichment results tell a caller whose list named no gene of the index. */
class EnrichResultsTest {

    private static EnrichResults results(int listSize, String organism) {
        return new EnrichResults(GeneResolution.of(List.of()), List.of(), listSize, 100, organism, null, 10, 0, List.of(),
                Duration.ZERO);
    }

    @Test
    void aListOfNoGeneOfTheIndexIsAProblemNamingTheOrganism() {
        assertEquals(Optional.of("none of the names is a gene of the index: check the spelling (symbols, aliases or Entrez ids)"),
                results(0, null).noGenesProblem());
        assertEquals(Optional.of("none of the names is a gene of the index in Homo sapiens: check the spelling (symbols,"
                + " aliases or Entrez ids)"), results(0, "Homo sapiens").noGenesProblem());
        assertEquals(Optional.empty(), results(1, "Homo sapiens").noGenesProblem());
    }
}
