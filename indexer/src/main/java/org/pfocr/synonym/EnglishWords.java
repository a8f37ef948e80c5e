package org.pfocr.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words, to keep gene aliases such as {@code FOR}, {@code VIA} or {@code LIGHT} from turning ordinary
 * query words into genes. The bundled list is SCOWL size 10 (about 4,000 words; see the package README for why that
 * size). Look-ups ignore case.
 */
public final class EnglishWords {
    private static final String RESOURCE = "english-words.txt";

    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = words;
    }

    /** The bundled list, loaded on first use and shared. */
    public static EnglishWords bundled() {
        return Bundled.WORDS;
    }

    /** A list of the given words (for tests and callers with their own list). */
    public static EnglishWords of(Collection<String> words) {
        Set<String> lower = new HashSet<>();
        words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        return new EnglishWords(Set.copyOf(lower));
    }

    /** Whether {@code word} is on the list, ignoring case. */
    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** How many words the list has. */
    public int size() {
        return words.size();
    }

    private static final class Bundled {
        static final EnglishWords WORDS = load();

        private static EnglishWords load() {
            Set<String> words = new HashSet<>(8192);
            try (BufferedReader in = TextSource.openResource(RESOURCE)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty() && line.charAt(0) != '#') {
                        words.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
            }
            return new EnglishWords(Set.copyOf(words));
        }
    }
}
