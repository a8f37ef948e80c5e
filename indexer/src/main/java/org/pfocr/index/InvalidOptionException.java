package org.pfocr.index;

/** The user asked for something that cannot be done as asked (a usage error): say what to change. */
public class InvalidOptionException extends RuntimeException {

    public InvalidOptionException(String message) {
        super(message);
    }

    public InvalidOptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
