package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.pfocr.results.Snippet;

/** Snippets keep whole words where the length limit would cut the last passage short. */
class SnippetFormatterTest {

    @Test
    void aLastPassageWithRoomForLessThanAWordIsLeftOut() {
        String first = "signal " + "word ".repeat(45) + "end.";
        String content = first + " activating STAT3 downstream of gp130 in hepatocytes.";
        Passage opening = passage(0, first.length(), 0, 6);
        int second = first.length() + 1;
        Passage later = passage(second, content.length(), second, second + "activating".length());

        Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {opening, later}, content);

        assertEquals(first + "…", snippet.text());
        assertTrue(first.length() > SnippetFormatter.MAX_LENGTH - "activating".length(), "the test leaves too little room");
    }

    @Test
    void aLastPassageWithRoomForWholeWordsIsKept() {
        String first = "signal " + "word ".repeat(20) + "end.";
        String content = first + " activating STAT3 downstream of gp130 in hepatocytes.";
        int second = first.length() + 1;
        Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {
            passage(0, first.length(), 0, 6), passage(second, content.length(), second, second + 10)}, content);

        assertTrue(snippet.text().startsWith(first) && snippet.text().endsWith(" activating STAT3 downstream of gp130 in hepatocytes."),
                snippet.text());
    }

    private static Passage passage(int start, int end, int matchStart, int matchEnd) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        passage.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
        return passage;
    }
}
