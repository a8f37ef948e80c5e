package org.pfocr.record;

/**
 * A chemical or disease recognised in a figure.
 *
 * @param word the word as read from the figure
 * @param name the preferred name of what it was mapped to, {@code null} when only the word is known
 * @param identifier the identifier in {@code source}, e.g. {@code D008687} or {@code chebi:30212}
 * @param source the vocabulary of {@code identifier}, e.g. {@code MESH}, {@code ChEBI}
 */
public record Mention(String word, String name, String identifier, String source) {
}
