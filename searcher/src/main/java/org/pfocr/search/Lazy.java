package org.pfocr.search;

/**
 * A value made once, on first use, by the first thread that asks for it; thread-safe.
 *
 * @param <T> the value
 * @param <E> what making it may throw
 */
final class Lazy<T, E extends Exception> {

    /** Makes the value. */
    @FunctionalInterface
    interface Maker<T, E extends Exception> {
        T make() throws E;
    }

    private final Maker<T, E> maker;
    private volatile T value;

    Lazy(Maker<T, E> maker) {
        this.maker = maker;
    }

    /** The value if it has been made, else {@code null}; never makes it. */
    T ifMade() {
        return value;
    }

    /** The value, made now if this is the first call (a failed attempt is tried again next time). */
    T get() throws E {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.make();
                    value = made;
                }
            }
        }
        return made;
    }
}
