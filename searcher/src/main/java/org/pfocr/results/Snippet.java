package org.pfocr.results;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A passage of a caption with the spans that matched the query.
 *
 * @param text the passage, possibly with {@code …} where it was cut
 * @param highlights the matched spans, in order, not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {

    /** A matched span of a snippet: {@code text.substring(start, end)}. */
    public record Highlight(int start, int end) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** An empty snippet, for figures without a caption. */
    public static Snippet empty() {
        return new Snippet("", List.of());
    }

    /** The matched texts, in order. */
    public List<String> matchedTexts() {
        return highlights.stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    /**
     * The snippet rendered piece by piece: every match through {@code match}, the text between
     * matches through {@code other} (e.g. HTML {@code <mark>} and escaping, or ANSI colour and nothing).
     */
    public String render(UnaryOperator<String> match, UnaryOperator<String> other) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * 16);
        int at = 0;
        for (Highlight highlight : highlights) {
            out.append(other.apply(text.substring(at, highlight.start())))
                    .append(match.apply(text.substring(highlight.start(), highlight.end())));
            at = highlight.end();
        }
        return out.append(other.apply(text.substring(at))).toString();
    }
}
