package org.pfocr.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The tokens the index analyzer makes of the short values that recur from figure to figure (a
 * gene symbol, a gene word, an organism's names), analysed once and replayed after: a figure has
 * some 90 such values, and the analysis chain's set-up and seven steps cost more for each than
 * writing its one or two tokens. The index is the same as if each value were analysed (terms,
 * positions, offsets, and so norms). Holds at most {@link #MAX_BYTES} of tokens, less with a small
 * heap, the first values met; others are analysed each time. Thread-safe.
 */
public final class RecurringValueTokens {

    /** Values longer than this are not kept: names and symbols are shorter, and a long value seldom recurs. */
    static final int MAX_LENGTH = 64;
    /**
     * The most this keeps, so that indexing memory stays flat however many distinct values a
     * corpus has: 8 MB, or a 64th of the heap when that is less (4 MB with {@code -Xmx256m}).
     */
    static final long MAX_BYTES = 8L << 20;
    /** What a kept value costs besides its tokens: its key, its string, the map's entry. */
    private static final int ENTRY_BYTES = 24 + 40 + 32 + 8;

    private record Key(String field, String value) {
    }

    private final Analyzer analyzer;
    private final long maxBytes;
    private final ConcurrentHashMap<Key, AnalyzedValue> values = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** Tokens as {@code analyzer} makes them (the one the index is written with). */
    public RecurringValueTokens(Analyzer analyzer) {
        this(analyzer, Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 64));
    }

    /** As above, keeping at most {@code maxBytes} of tokens. */
    RecurringValueTokens(Analyzer analyzer, long maxBytes) {
        this.analyzer = analyzer;
        this.maxBytes = maxBytes;
    }

    /**
     * The tokens of {@code value} in {@code field}, for a {@link org.apache.lucene.document.Field}
     * of one document; {@code null} when the value is to be analysed as usual (too long, or
     * tokens this cannot replay).
     */
    public TokenStream tokens(String field, String value) {
        if (value.length() > MAX_LENGTH) {
            return null;
        }
        Key key = new Key(field, value);
        AnalyzedValue analyzed = values.get(key);
        if (analyzed == null) {
            analyzed = AnalyzedValue.of(analyzer, field, value);
            if (analyzed == null) {
                return null;
            }
            if (bytes.get() < maxBytes && values.putIfAbsent(key, analyzed) == null) {
                bytes.addAndGet(ENTRY_BYTES + value.length() + analyzed.bytes());
            }
        }
        return new ReplayedTokens(analyzed);
    }
}
