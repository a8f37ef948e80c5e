package org.pfocr.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganismTableTest {
    private static final OrganismTable TABLE = OrganismTable.bundled();

    private static String taxon(String query) {
        return TABLE.lookup(query).map(Organism::taxonId).orElse("none");
    }

    @Test
    void findsHumanByAnyName() {
        for (String query : List.of("human", "Humans", "Homo sapiens", "homo  SAPIENS", "9606", "H. sapiens")) {
            assertEquals("9606", taxon(query), query);
        }
        Organism human = TABLE.lookup("human").orElseThrow();
        assertEquals("Homo sapiens", human.scientificName());
        assertEquals("human", human.preferredName());
    }

    @Test
    void findsModelOrganismsByCommonNamesAndAdjectives() {
        Map<String, String> expected = Map.ofEntries(Map.entry("mouse", "10090"), Map.entry("mice", "10090"),
                Map.entry("murine", "10090"), Map.entry("rats", "10116"), Map.entry("zebrafish", "7955"),
                Map.entry("fruit fly", "7227"), Map.entry("flies", "7227"), Map.entry("C. elegans", "6239"),
                Map.entry("c.elegans", "6239"), Map.entry("worm", "6239"), Map.entry("yeast", "4932"),
                Map.entry("budding yeast", "4932"), Map.entry("fission yeast", "4896"),
                Map.entry("thale cress", "3702"), Map.entry("bovine", "9913"), Map.entry("porcine", "9823"),
                Map.entry("canine", "9615"), Map.entry("E. coli", "562"), Map.entry("maize", "4577"),
                Map.entry("SARS-CoV-2", "2697049"), Map.entry("HIV-1", "11676"), Map.entry("rhesus macaque", "9544"));
        Map<String, String> actual = new HashMap<>();
        expected.keySet().forEach(name -> actual.put(name, taxon(name)));
        assertEquals(expected, actual);
    }

    @Test
    void strainHasItsOwnEntryOrFallsBackToItsSpecies() {
        assertEquals("559292", taxon("Saccharomyces cerevisiae S288C"));
        assertEquals("559292", taxon("559292"));
        assertEquals("4932", taxon("Saccharomyces cerevisiae YJM789"));
        assertEquals("10090", taxon("Mus musculus domesticus"));
        assertEquals("none", taxon("Murine norovirus"), "a common name is not a genus");
    }

    @Test
    void unknownOrganismsStillResolve() {
        assertEquals(Optional.empty(), TABLE.lookup("Corynebacterium bovis"));
        assertEquals(Optional.empty(), TABLE.lookup("36808"));
        Organism unknown = TABLE.resolve("36808", "Corynebacterium bovis");
        assertEquals(new Organism("36808", "Corynebacterium bovis", List.of()), unknown);
        assertEquals("Corynebacterium bovis", unknown.preferredName());
        assertEquals("9606", TABLE.resolve("9606", "Homo sapiens").taxonId());
        assertEquals("10090", TABLE.resolve("NA", "Mus musculus").taxonId());
    }

    @Test
    void everyNameFindsOneSpeciesOrThatSpeciesWithItsStrains() {
        Map<String, String> genusSpeciesByName = new HashMap<>();
        for (Organism o : TABLE.organisms()) {
            String[] words = o.scientificName().split(" ");
            String species = words[0] + " " + words[1];
            for (String name : o.commonNames()) {
                String previous = genusSpeciesByName.putIfAbsent(name.toLowerCase(Locale.ROOT), species);
                assertTrue(previous == null || previous.equals(species),
                        name + " names both " + previous + " and " + o.scientificName());
            }
        }
        assertTrue(TABLE.organisms().size() >= 25, "at least the 25 most frequent organisms");
    }
}
