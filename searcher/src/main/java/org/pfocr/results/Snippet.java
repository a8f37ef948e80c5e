package org.pfocr.results;

import java.util.List;
import java.util.function.Function;

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
     * The snippet with every match wrapped by {@code open} and {@code close} and every other
     * piece of text passed through {@code escape} (e.g. HTML escaping, or none).
     */
    public String marked(String open, String close, Function<String, String> escape) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Highlight highlight : highlights) {
            out.append(escape.apply(text.substring(at, highlight.start())))
                    .append(open)
                    .append(escape.apply(text.substring(highlight.start(), highlight.end())))
                    .append(close);
            at = highlight.end();
        }
        return out.append(escape.apply(text.substring(at))).toString();
    }
}
