package org.pfocr.generate;

/** A corpus cannot be generated as asked; the message says what to change. */
public final class GenerateException extends RuntimeException {

    public GenerateException(String message) {
        super(message);
    }

    public GenerateException(String message, Throwable cause) {
        super(message, cause);
    }
}
