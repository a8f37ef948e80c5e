package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A facet filter as users write it, {@code FACET=VALUE}. */
class FacetFilterTest {

    @Test
    void splitsAtTheFirstEqualsSign() {
        assertEquals(Optional.of(new SearchRequest.FacetFilter("organism", "Homo sapiens")),
                SearchRequest.FacetFilter.parse("organism=Homo sapiens"));
        assertEquals(Optional.of(new SearchRequest.FacetFilter("journal", "A=B")), SearchRequest.FacetFilter.parse("journal=A=B"));
    }

    @Test
    void withoutAnEqualsSignThereIsNoFilterAndABadOneIsRefused() {
        assertEquals(Optional.empty(), SearchRequest.FacetFilter.parse("organism"));
        assertEquals("unknown facet 'colour': use one of organism, year, gene, journal",
                assertThrows(IllegalArgumentException.class, () -> SearchRequest.FacetFilter.parse("colour=red")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.FacetFilter.parse("year=recent"));
    }
}
