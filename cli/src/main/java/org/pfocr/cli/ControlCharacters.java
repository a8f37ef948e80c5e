package org.pfocr.cli;

/**
 * How text and TSV output show the control characters a record may hold (ESC, BEL, CR, backspace,
 * the C1 CSI, ...), which a terminal would obey rather than print: each one as U+FFFD (�), so that
 * the text of a figure can never move the cursor, change colours or the window title, or hide what
 * surrounds it. Tab and line feed, which only lay text out, are left to each format (text keeps
 * them, TSV escapes them); JSON escapes every control character itself.
 */
final class ControlCharacters {

    /** What a control character is shown as. */
    static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    /** Whether {@code c} is a C0 control character (U+0000-U+001F), DEL (U+007F) or a C1 one (U+0080-U+009F). */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** {@code text} with every control character but tab and line feed shown as U+FFFD; {@code null} stays {@code null}. */
    static String shown(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !replaced(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text);
        for (int i = first; i < shown.length(); i++) {
            if (replaced(shown.charAt(i))) {
                shown.setCharAt(i, REPLACEMENT);
            }
        }
        return shown.toString();
    }

    private static boolean replaced(char c) {
        return isControl(c) && c != '\t' && c != '\n';
    }
}
