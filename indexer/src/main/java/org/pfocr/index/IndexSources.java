package org.pfocr.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SOURCE folders and files of an index run, each read once: the same source named twice
 * ({@code s1 ./s1/}) counts once, and one inside another ({@code s1 s1/_figures}) is refused, since
 * its records would be read twice and every figure reported as its own duplicate.
 */
final class IndexSources {

    private IndexSources() {
    }

    /**
     * {@code given} without repeats, as typed (paths in messages stay the user's).
     *
     * @throws InvalidOptionException when one source lies inside another
     */
    static List<Path> distinct(List<Path> given) {
        Map<Path, Path> byLocation = new LinkedHashMap<>();
        for (Path source : given) {
            byLocation.putIfAbsent(location(source), source);
        }
        for (Map.Entry<Path, Path> inner : byLocation.entrySet()) {
            for (Map.Entry<Path, Path> outer : byLocation.entrySet()) {
                if (inner != outer && inner.getKey().startsWith(outer.getKey())) {
                    throw new InvalidOptionException("SOURCE " + inner.getValue() + " is inside SOURCE " + outer.getValue()
                            + ", which already reads it: name only " + outer.getValue());
                }
            }
        }
        return List.copyOf(byLocation.values());
    }

    /**
     * The sources a commit records for the next {@code --update} without SOURCE: the {@code previous}
     * commit's (empty for a rebuild) and those {@code read}, absolute, each once, none inside another.
     */
    static List<String> recorded(List<String> previous, List<Path> read) {
        List<Path> all = new ArrayList<>();
        previous.forEach(source -> all.add(location(Path.of(source))));
        read.forEach(source -> all.add(location(source)));
        List<Path> kept = new ArrayList<>();
        for (Path source : all) {
            boolean covered = all.stream().anyMatch(other -> !other.equals(source) && source.startsWith(other));
            if (!covered && !kept.contains(source)) {
                kept.add(source);
            }
        }
        return kept.stream().map(Path::toString).toList();
    }

    private static Path location(Path source) {
        return source.toAbsolutePath().normalize();
    }
}
