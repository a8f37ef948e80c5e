package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Organisms with their common names, from the hand-written bundled {@code organisms.tsv} (the organisms most
 * frequent in PFOCR). Look-ups accept a taxon id, a scientific name (also with a strain suffix:
 * {@code Saccharomyces cerevisiae YJM789} finds the species), a common name, an adjective ({@code murine}) or an
 * abbreviation ({@code C. elegans}), ignoring case. Immutable and thread-safe.
 */
public final class OrganismTable {
    private static final String RESOURCE = "organisms.tsv";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOT_SPACES = Pattern.compile("\\.\\s*");

    private final List<Organism> organisms;
    private final Map<String, Organism> byTaxonId = new HashMap<>();
    private final Map<String, Organism> byScientificName = new HashMap<>();
    private final Map<String, Organism> byAnyName = new HashMap<>();

    private OrganismTable(List<Organism> organisms) {
        this.organisms = List.copyOf(organisms);
        for (Organism o : this.organisms) {
            byTaxonId.putIfAbsent(o.taxonId(), o);
            byScientificName.putIfAbsent(normalise(o.scientificName()), o);
        }
        byAnyName.putAll(byScientificName);
        for (Organism o : this.organisms) {
            o.commonNames().forEach(name -> byAnyName.putIfAbsent(normalise(name), o));
        }
    }

    /** The bundled table, loaded on first use and shared. */
    public static OrganismTable bundled() {
        return Bundled.TABLE;
    }

    /** A table of the given organisms; where two share a name, the earlier one is found by it. */
    public static OrganismTable of(List<Organism> organisms) {
        return new OrganismTable(organisms);
    }

    /** All organisms, in table order. */
    public List<Organism> organisms() {
        return organisms;
    }

    /**
     * The organism with this taxon id, scientific name, common name or abbreviation, ignoring case. A scientific
     * name with a strain or subspecies suffix the table does not list finds its species.
     */
    public Optional<Organism> lookup(String nameOrTaxid) {
        String name = normalise(nameOrTaxid);
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
            return Optional.ofNullable(byTaxonId.get(name));
        }
        Organism found = byAnyName.get(name);
        if (found != null) {
            return Optional.of(found);
        }
        return speciesOf(name);
    }

    /**
     * The organism a record names: the table's entry when the taxon id or the scientific name is known, otherwise
     * an organism with just these two values and no common names (so unknown organisms still work).
     */
    public Organism resolve(String taxonId, String scientificName) {
        return lookup(taxonId).or(() -> lookup(scientificName))
                .orElseGet(() -> new Organism(taxonId.strip(), scientificName.strip(), List.of()));
    }

    /**
     * The table as Solr synonym rules, one equivalence line per organism with common names:
     * {@code Homo sapiens, human, humans, H. sapiens}.
     */
    public List<String> toSolrRules() {
        List<String> rules = new ArrayList<>();
        for (Organism o : organisms) {
            if (!o.commonNames().isEmpty()) {
                List<String> terms = new ArrayList<>();
                terms.add(o.scientificName());
                terms.addAll(o.commonNames());
                rules.add(SolrRules.equivalent(terms));
            }
        }
        return rules;
    }

    private Optional<Organism> speciesOf(String name) {
        String shorter = name;
        int cut;
        while ((cut = shorter.lastIndexOf(' ')) > 0) {
            shorter = shorter.substring(0, cut);
            if (shorter.indexOf(' ') < 0) {
                return Optional.empty();
            }
            Organism found = byScientificName.get(shorter);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String name) {
        String spaced = SPACES.matcher(name.strip()).replaceAll(" ");
        return DOT_SPACES.matcher(spaced).replaceAll(". ").strip().toLowerCase(Locale.ROOT);
    }

    private static final class Bundled {
        static final OrganismTable TABLE = load();

        private static OrganismTable load() {
            List<Organism> organisms = new ArrayList<>();
            try (BufferedReader in = TextSource.openResource(RESOURCE)) {
                for (String[] cells : TableFile.readRows(in, RESOURCE, 3)) {
                    List<String> names = cells[2].isEmpty() ? List.of() : List.of(cells[2].split("\\|"));
                    organisms.add(new Organism(cells[0], cells[1], names));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
            }
            return of(organisms);
        }
    }
}
