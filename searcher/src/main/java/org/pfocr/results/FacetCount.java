package org.pfocr.results;

/**
 * A facet value and the number of matching figures that have it.
 *
 * @param value the value, e.g. {@code Homo sapiens} or {@code 2012}
 * @param count matching figures with that value
 */
public record FacetCount(String value, int count) {
}
