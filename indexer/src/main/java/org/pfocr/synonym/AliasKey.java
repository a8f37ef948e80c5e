package org.pfocr.synonym;

import java.util.Locale;

/**
 * The comparison form of a gene name: lower case, without hyphens, dots and white space, so that
 * {@code IL-6}, {@code IL 6}, {@code il6} and {@code IL.6} compare equal.
 */
public final class AliasKey {
    private AliasKey() {
    }

    /** The comparison form of {@code name}. */
    public static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '.' && !Character.isWhitespace(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
