package org.pfocr.synonym;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The checks that a synonym term must pass whatever it names: length, a letter, not a gene symbol, not English. */
final class NameScreen {
    private static final int MIN_LENGTH = 3;

    private final Set<String> symbolKeys;
    private final EnglishWords englishWords;

    private NameScreen(Set<String> symbolKeys, EnglishWords englishWords) {
        this.symbolKeys = symbolKeys;
        this.englishWords = englishWords;
    }

    /** A screen against the official symbols of {@code genes} and the given English words. */
    static NameScreen of(Collection<GeneInfoRow> genes, EnglishWords englishWords) {
        Set<String> keys = new HashSet<>(genes.size() * 2);
        genes.forEach(gene -> keys.add(AliasKey.of(gene.symbol())));
        return new NameScreen(keys, englishWords);
    }

    /** Fewer than three characters once hyphens, dots and spaces are removed. */
    static boolean tooShort(String key) {
        return key.codePointCount(0, key.length()) < MIN_LENGTH;
    }

    /** No letter in any script. */
    static boolean hasNoLetter(String name) {
        return name.codePoints().noneMatch(Character::isLetter);
    }

    /** Whether {@code key} (an {@link AliasKey}) is some gene's official symbol. */
    boolean isSymbol(String key) {
        return symbolKeys.contains(key);
    }

    /** Whether {@code name} is a common English word. */
    boolean isEnglishWord(String name) {
        return englishWords.contains(name);
    }

    /** The first of TOO_SHORT, NO_LETTER, OFFICIAL_SYMBOL, ENGLISH_WORD that rejects {@code name}, if any. */
    Optional<DropRule> reject(String name) {
        String key = AliasKey.of(name);
        if (tooShort(key)) {
            return Optional.of(DropRule.TOO_SHORT);
        }
        if (hasNoLetter(name)) {
            return Optional.of(DropRule.NO_LETTER);
        }
        if (isSymbol(key)) {
            return Optional.of(DropRule.OFFICIAL_SYMBOL);
        }
        if (isEnglishWord(name)) {
            return Optional.of(DropRule.ENGLISH_WORD);
        }
        return Optional.empty();
    }
}
