package org.pfocr.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors and journal read from a PFOCR reference text such as
 * {@code Ken Tawara, et al. Cancer Manag Res. 2011;3:177-189.}
 *
 * @param authors the author part without {@code et al}, {@code null} when it cannot be read
 * @param journal the journal abbreviation, {@code null} when it cannot be read
 */
public record ReferenceText(String authors, String journal) {

    /** Authors (lazy, but the journal must be followed by a year, so initials stay with the authors), journal. */
    private static final Pattern REFERENCE = Pattern.compile("^(.*?)(?:,? et al)?\\.\\s+([^.]+)\\.\\s+\\d{4}");

    /** Reads {@code refText}; both parts are {@code null} when it does not have the usual shape. */
    public static ReferenceText parse(String refText) {
        if (refText == null) {
            return new ReferenceText(null, null);
        }
        Matcher matcher = REFERENCE.matcher(refText);
        if (!matcher.find()) {
            return new ReferenceText(null, null);
        }
        return new ReferenceText(blankToNull(matcher.group(1)), blankToNull(matcher.group(2)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
