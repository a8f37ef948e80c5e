package org.pfocr.search;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A value worth making only for a reader that asks more than once, such as a table that speeds up
 * every search of a commit but costs more to read than one search saves: the first ask gets
 * {@code null} (the caller reads what it needs directly), every later one the value, made once.
 * Thread-safe.
 *
 * @param <T> the value
 * @param <E> what making it may throw
 */
final class FromSecondUse<T, E extends Exception> {

    private final AtomicBoolean asked = new AtomicBoolean();
    private final Lazy<T, E> value;

    FromSecondUse(Lazy.Maker<T, E> maker) {
        this.value = new Lazy<>(maker);
    }

    /** The value if an earlier ask has made it, else {@code null}; counts as no ask. */
    T ifMade() {
        return value.ifMade();
    }

    /** {@code null} the first time, the value (made now if needed) from then on. */
    T get() throws E {
        return asked.getAndSet(true) ? value.get() : null;
    }
}
