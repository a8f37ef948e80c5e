package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a FamPlex checkout's {@code relations.csv} ({@code HGNC,MAPK1,isa,FPLX,ERK}; {@code FPLX,ERK,isa,FPLX,MAPK})
 * and {@code grounding_map.csv} ({@code ERK1/2,FPLX,ERK,,,,}) into {@link FamplexFamilies}. Both {@code isa} and
 * {@code partof} count as membership, nested families are resolved transitively, and non-HGNC members (a few
 * UniProt histone entries) are skipped. Grounding texts become a family's triggers when they pass a
 * {@link NameScreen}.
 */
final class FamplexReader {
    static final String RELATIONS = "relations.csv";
    static final String GROUNDING_MAP = "grounding_map.csv";
    private static final String FAMPLEX = "FPLX";
    private static final String HGNC = "HGNC";
    private static final Set<String> MEMBERSHIP = Set.of("isa", "partof");
    private static final Comparator<String> TEXT_ORDER =
            Comparator.comparing((String s) -> s, String.CASE_INSENSITIVE_ORDER).thenComparing(s -> s);

    private final Map<String, Set<String>> genesOf = new HashMap<>();
    private final Map<String, Set<String>> subfamiliesOf = new HashMap<>();
    private final Set<String> familyNames = new TreeSet<>();
    private final Map<String, Set<String>> resolved = new HashMap<>();
    private int nonHgncMembers;

    private FamplexReader() {
    }

    /**
     * Reads the families under {@code famplexDir}.
     *
     * @param screen judges the family names and grounding texts that may trigger a family
     */
    static Result read(Path famplexDir, NameScreen screen) throws IOException {
        FamplexReader reader = new FamplexReader();
        reader.readRelations(famplexDir.resolve(RELATIONS));
        return reader.assemble(famplexDir.resolve(GROUNDING_MAP), screen);
    }

    private void readRelations(Path file) throws IOException {
        forEachLine(file, (lineNumber, fields) -> {
            if (fields.size() != 5 || !MEMBERSHIP.contains(fields.get(2)) || !fields.get(3).equals(FAMPLEX)) {
                throw new SynonymSourceException(file.toString(), lineNumber,
                        "expected NAMESPACE,ID,isa|partof,FPLX,FAMILY as in FamPlex relations.csv");
            }
            String family = fields.get(4);
            familyNames.add(family);
            switch (fields.get(0)) {
                case HGNC -> genesOf.computeIfAbsent(family, f -> new TreeSet<>()).add(fields.get(1));
                case FAMPLEX -> {
                    familyNames.add(fields.get(1));
                    subfamiliesOf.computeIfAbsent(family, f -> new TreeSet<>()).add(fields.get(1));
                }
                default -> nonHgncMembers++;
            }
        });
    }

    private Result assemble(Path groundingMap, NameScreen screen) throws IOException {
        Map<String, Set<String>> textsOf = readGroundingTexts(groundingMap);
        Map<DropRule, Integer> droppedTriggers = new EnumMap<>(DropRule.class);
        List<FamplexFamily> families = new ArrayList<>();
        List<String> withoutGenes = new ArrayList<>();
        for (String name : familyNames) {
            List<String> members = List.copyOf(members(name, new LinkedHashSet<>()));
            if (members.isEmpty()) {
                withoutGenes.add(name);
                continue;
            }
            List<String> candidates = new ArrayList<>();
            candidates.add(name);
            candidates.addAll(textsOf.getOrDefault(name, Set.of()));
            families.add(new FamplexFamily(name, members, triggers(candidates, screen, droppedTriggers)));
        }
        return new Result(FamplexFamilies.of(families), List.copyOf(withoutGenes), nonHgncMembers,
                Collections.unmodifiableMap(droppedTriggers));
    }

    private Set<String> members(String family, LinkedHashSet<String> path) throws SynonymSourceException {
        Set<String> done = resolved.get(family);
        if (done != null) {
            return done;
        }
        if (!path.add(family)) {
            throw new SynonymSourceException(RELATIONS, 0, "families nest in a cycle: "
                    + String.join(" > ", path) + " > " + family + "; fix the FamPlex checkout");
        }
        Set<String> members = new TreeSet<>(genesOf.getOrDefault(family, Set.of()));
        for (String subfamily : subfamiliesOf.getOrDefault(family, Set.of())) {
            members.addAll(members(subfamily, path));
        }
        path.remove(family);
        resolved.put(family, members);
        return members;
    }

    private static List<String> triggers(List<String> candidates, NameScreen screen,
                                         Map<DropRule, Integer> dropped) {
        List<String> triggers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String candidate : candidates) {
            if (!seen.add(candidate.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<DropRule> rule = screen.reject(candidate);
            if (rule.isPresent()) {
                dropped.merge(rule.get(), 1, Integer::sum);
            } else {
                triggers.add(candidate);
            }
        }
        return triggers;
    }

    private static Map<String, Set<String>> readGroundingTexts(Path file) throws IOException {
        Map<String, Set<String>> textsOf = new TreeMap<>();
        forEachLine(file, (lineNumber, fields) -> {
            if (fields.size() < 3) {
                throw new SynonymSourceException(file.toString(), lineNumber,
                        "expected TEXT,NAMESPACE,ID,... as in FamPlex grounding_map.csv");
            }
            String text = fields.get(0).strip();
            if (fields.get(1).equals(FAMPLEX) && !text.isEmpty()) {
                textsOf.computeIfAbsent(fields.get(2), f -> new TreeSet<>(TEXT_ORDER)).add(text);
            }
        });
        return textsOf;
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "FamPlex file missing: point the FamPlex option at a checkout of sorgerlab/famplex");
        }
        try (BufferedReader in = TextSource.open(file)) {
            String line;
            long lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    handler.handle(lineNumber, CsvLine.split(line.strip()));
                }
            }
        }
    }

    @FunctionalInterface
    private interface LineHandler {
        void handle(long lineNumber, List<String> fields) throws SynonymSourceException;
    }

    /**
     * The families read, with what was left out.
     *
     * @param families        families with at least one HGNC member gene
     * @param withoutGenes    families left out because no HGNC gene belongs to them (even through nesting)
     * @param nonHgncMembers  member rows skipped because the member is neither HGNC nor FamPlex (UniProt)
     * @param droppedTriggers names and grounding texts left out of the triggers, by rule
     */
    record Result(FamplexFamilies families, List<String> withoutGenes, int nonHgncMembers,
                  Map<DropRule, Integer> droppedTriggers) {
    }
}
