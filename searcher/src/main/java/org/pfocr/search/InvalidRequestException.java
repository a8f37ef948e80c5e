package org.pfocr.search;

/**
 * A request that cannot be answered as asked, though its query parses: an organism no figure
 * has, a background smaller than the gene list. The message says what to change.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
