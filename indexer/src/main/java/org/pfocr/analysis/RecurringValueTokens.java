package org.pfocr.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

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
    /** What a kept value costs besides its tokens: its string, the map's entry. */
    private static final int ENTRY_BYTES = 40 + 32 + 8;

    private final Analyzer analyzer;
    private final long maxBytes;
    /**
     * The kept values by field, then by value: two lookups of strings, whose hashes the strings
     * keep, cost less than one of a key of both (a record's equality and hash go through method
     * handles, some 5 % of building a document).
     */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, AnalyzedValue>> values = new ConcurrentHashMap<>();
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
     * The field, indexed as a {@link TextField} of {@code value} and not stored, of one document:
     * its tokens replayed ({@link ReplayedField}), or, for a value too long to be one that recurs
     * or whose tokens cannot be replayed, the value itself, analysed as usual.
     */
    public IndexableField field(String field, String value) {
        AnalyzedValue analyzed = value.length() > MAX_LENGTH ? null : analyzed(field, value);
        return analyzed == null ? new TextField(field, value, Field.Store.NO) : new ReplayedField(field, analyzed);
    }

    /** The tokens of {@code value} in {@code field}, kept while there is room; {@code null} when they cannot be replayed. */
    private AnalyzedValue analyzed(String field, String value) {
        ConcurrentHashMap<String, AnalyzedValue> ofField = values.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        AnalyzedValue analyzed = ofField.get(value);
        if (analyzed == null) {
            analyzed = AnalyzedValue.of(analyzer, field, value);
            if (analyzed != null && bytes.get() < maxBytes && ofField.putIfAbsent(value, analyzed) == null) {
                bytes.addAndGet(ENTRY_BYTES + value.length() + analyzed.bytes());
            }
        }
        return analyzed;
    }
}
