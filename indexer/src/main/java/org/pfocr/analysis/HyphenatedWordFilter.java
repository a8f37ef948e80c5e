package org.pfocr.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes hyphenated names match their unhyphenated spellings: {@code IL-6} becomes {@code IL6}.
 *
 * <p>At index time ({@link Mode#INDEX}) the joined word is followed, at the same position, by
 * its parts and by every run of adjacent parts, so {@code anti-IL-6} is found by {@code IL6},
 * {@code IL-6} and {@code anti}. At query time ({@link Mode#QUERY}) only the joined word is
 * emitted: a single token per word keeps the stream a simple chain, which
 * {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter} requires. {@link Mode#PARTS} is
 * for phrases: the joined word followed, at the same position, by its single parts (no runs), so
 * that a phrase can look for a hyphenated word by its parts, which are stemmed one by one as when
 * indexing (the joined word is stemmed as one word: KStem stems {@code transsignalling} and
 * {@code transsignaling} apart, {@code signalling} and {@code signaling} alike). Leading and
 * trailing hyphens are dropped, and a word of hyphens only disappears.
 */
public final class HyphenatedWordFilter extends TokenFilter {

    /**
     * Whether parts and runs are emitted (indexing), only the joined word (querying), or the
     * joined word and its single parts (phrases matched by their parts).
     */
    public enum Mode { INDEX, QUERY, PARTS }

    /** Words with more parts than this get only their joined form and single parts. */
    private static final int MAX_PARTS_FOR_RUNS = 6;

    private record Piece(String text, int startOffset, int endOffset) {
    }

    private final Mode mode;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<Piece> pending = new ArrayDeque<>();
    private State current;

    /** Creates the filter in the given mode. */
    public HyphenatedWordFilter(TokenStream input, Mode mode) {
        super(input);
        this.mode = mode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            Piece piece = pending.poll();
            term.setEmpty().append(piece.text());
            offset.setOffset(piece.startOffset(), piece.endOffset());
            position.setPositionIncrement(0);
            return true;
        }
        int skippedPositions = 0;
        while (input.incrementToken()) {
            if (!hasHyphen()) {
                // Most words: nothing to join or split, the token passes as it is.
                position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
                return true;
            }
            String word = term.toString();
            int start = 0;
            int end = word.length();
            while (start < end && word.charAt(start) == '-') {
                start++;
            }
            while (end > start && word.charAt(end - 1) == '-') {
                end--;
            }
            if (start == end) {
                // Not a word: it takes no position of its own, but passes on any gap it carried.
                skippedPositions += position.getPositionIncrement() - 1;
                continue;
            }
            position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
            emit(word, start, end);
            return true;
        }
        return false;
    }

    private boolean hasHyphen() {
        char[] buffer = term.buffer();
        for (int i = term.length() - 1; i >= 0; i--) {
            if (buffer[i] == '-') {
                return true;
            }
        }
        return false;
    }

    private void emit(String word, int start, int end) {
        // Offsets map one-to-one onto the term only when no character filter changed its length.
        int tokenStart = offset.startOffset();
        int tokenEnd = offset.endOffset();
        boolean exactOffsets = tokenEnd - tokenStart == word.length();
        List<Piece> parts = new ArrayList<>();
        int partStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || word.charAt(i) == '-') {
                if (i > partStart) {
                    parts.add(piece(word.substring(partStart, i), partStart, i, exactOffsets, tokenStart, tokenEnd));
                }
                partStart = i + 1;
            }
        }
        Piece whole = join(parts, 0, parts.size(), exactOffsets, tokenStart, tokenEnd);
        term.setEmpty().append(whole.text());
        offset.setOffset(whole.startOffset(), whole.endOffset());
        if (mode == Mode.QUERY || parts.size() < 2) {
            return;
        }
        current = captureState();
        if (mode == Mode.PARTS) {
            pending.addAll(parts);
            return;
        }
        // Parts and runs, ordered by where they start (Lucene needs start offsets that never go back).
        List<Piece> pieces = new ArrayList<>();
        for (int from = 0; from < parts.size(); from++) {
            int longest = parts.size() <= MAX_PARTS_FOR_RUNS ? parts.size() : from + 1;
            for (int to = from + 1; to <= longest; to++) {
                if (from > 0 || to < parts.size()) {
                    pieces.add(join(parts, from, to, exactOffsets, tokenStart, tokenEnd));
                }
            }
        }
        pending.addAll(pieces);
    }

    private static Piece piece(String text, int from, int to, boolean exact, int tokenStart, int tokenEnd) {
        return exact ? new Piece(text, tokenStart + from, tokenStart + to) : new Piece(text, tokenStart, tokenEnd);
    }

    private static Piece join(List<Piece> parts, int from, int to, boolean exact, int tokenStart, int tokenEnd) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(parts.get(i).text());
        }
        return exact
                ? new Piece(text.toString(), parts.get(from).startOffset(), parts.get(to - 1).endOffset())
                : new Piece(text.toString(), tokenStart, tokenEnd);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
