package org.pfocr.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a time limit as users type it: seconds ({@code 5}, {@code 2.5}, {@code 5s}) or
 * milliseconds ({@code 500ms}); it must be positive.
 */
final class TimeLimit implements ITypeConverter<Duration> {

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");
    /** Longer limits are accepted as this: a search that runs a day has no limit worth the name. */
    private static final Duration LONGEST = Duration.ofDays(1);

    @Override
    public Duration convert(String value) {
        Matcher matcher = FORMAT.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a time limit: write seconds (5, 2.5, 5s) or milliseconds (500ms)");
        }
        BigDecimal amount = new BigDecimal(matcher.group(1));
        BigDecimal millis = "ms".equals(matcher.group(2)) ? amount : amount.movePointRight(3);
        if (millis.signum() <= 0) {
            throw new TypeConversionException("the time limit must be more than 0, not '" + value + "'");
        }
        if (millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) > 0) {
            return LONGEST;
        }
        return Duration.ofNanos(millis.movePointRight(6).longValue());
    }
}
