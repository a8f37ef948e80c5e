package org.pfocr.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.pfocr.results.Snippet;

/**
 * Turns the highlighter's passages into a {@link Snippet} of at most {@link #MAX_LENGTH}
 * characters (plus ellipses): passages in caption order, joined by {@code " … "}, a long passage
 * cut to a window around its first match, overlapping matches merged. A later passage that has
 * room for less than its first word is left out rather than shown as a broken word.
 */
final class SnippetFormatter extends PassageFormatter {

    /** The longest snippet, ellipses aside. */
    static final int MAX_LENGTH = 240;
    /** How much text to keep before the first match when a passage is cut. */
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Highlight> highlights = new ArrayList<>();
        int budget = MAX_LENGTH;
        for (Passage passage : passages) {
            if (budget <= 0 || passage.getStartOffset() >= content.length()) {
                break;
            }
            int[] window = window(passage, content, budget);
            if (!text.isEmpty() && isPartOfOneWord(content, window)) {
                break;
            }
            boolean cutBefore = window[0] > 0;
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (cutBefore && !text.toString().endsWith(ELLIPSIS + " ")) {
                text.append(ELLIPSIS);
            }
            int base = text.length() - window[0];
            text.append(content, window[0], window[1]);
            addMatches(passage, window, base, highlights);
            if (window[1] < content.length()) {
                text.append(ELLIPSIS);
            }
            budget -= window[1] - window[0];
        }
        return new Snippet(text.toString(), highlights);
    }

    /** The part of the passage to show: all of it when it fits, else a window around its first match. */
    private static int[] window(Passage passage, String content, int budget) {
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        if (end - start <= budget) {
            return new int[] {start, end};
        }
        int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
        int from = Math.max(start, firstMatch - LEAD);
        from = wordStart(content, from, start);
        int to = Math.min(end, from + budget);
        to = wordEnd(content, to, from);
        return new int[] {from, to};
    }

    /** Whether the window shows only the beginning of a word: no space in it, and a word going on after it. */
    private static boolean isPartOfOneWord(String content, int[] window) {
        int end = window[1];
        return end < content.length() && Character.isLetterOrDigit(content.charAt(end))
                && content.lastIndexOf(' ', end - 1) < window[0];
    }

    private static int wordStart(String content, int at, int limit) {
        if (at == limit) {
            return at;
        }
        int space = content.indexOf(' ', at);
        return space < 0 || space - at > 20 ? at : space + 1;
    }

    private static int wordEnd(String content, int at, int limit) {
        int space = content.lastIndexOf(' ', at);
        return space <= limit || at - space > 20 || at == content.length() ? at : space;
    }

    private static void addMatches(Passage passage, int[] window, int base, List<Snippet.Highlight> highlights) {
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(starts[i], window[0]);
            int end = Math.min(ends[i], window[1]);
            if (start >= end) {
                continue;
            }
            Snippet.Highlight highlight = new Snippet.Highlight(base + start, base + end);
            int last = highlights.size() - 1;
            if (last >= 0 && highlights.get(last).end() >= highlight.start()) {
                Snippet.Highlight previous = highlights.get(last);
                highlights.set(last, new Snippet.Highlight(previous.start(), Math.max(previous.end(), highlight.end())));
            } else {
                highlights.add(highlight);
            }
        }
    }
}
