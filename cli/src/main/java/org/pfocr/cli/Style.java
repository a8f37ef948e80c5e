package org.pfocr.cli;

import java.util.Map;

/**
 * ANSI styles for standard output, or plain text when colour is off: colour only goes to a terminal,
 * and never with {@code --no-color}, a non-empty {@code NO_COLOR} (no-color.org) or {@code TERM=dumb}.
 */
public final class Style {

    private static final String RESET = "\033[0m";

    private final boolean ansi;

    /** A style that colours when {@code ansi} is true and passes text through otherwise. */
    public Style(boolean ansi) {
        this.ansi = ansi;
    }

    /** The style for {@code caller}'s standard output. */
    static Style forStdout(boolean noColorOption, Caller caller) {
        return new Style(useColour(noColorOption, caller.environment(), caller.stdoutTerminal()));
    }

    /** The colour decision: a terminal, no {@code --no-color}, no {@code NO_COLOR}, not a dumb terminal. */
    static boolean useColour(boolean noColorOption, Map<String, String> env, boolean terminal) {
        String noColor = env.get("NO_COLOR");
        return terminal
                && !noColorOption
                && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(env.get("TERM"));
    }

    /** Whether this style adds ANSI codes. */
    public boolean enabled() {
        return ansi;
    }

    /** Bold text, e.g. titles. */
    public String bold(String text) {
        return wrap("1", text);
    }

    /** Bold yellow text, e.g. matched words in snippets. */
    public String highlight(String text) {
        return wrap("1;33", text);
    }

    /** Faint text, e.g. secondary details. */
    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return ansi ? "\033[" + code + "m" + text + RESET : text;
    }
}
