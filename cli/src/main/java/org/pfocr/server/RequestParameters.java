package org.pfocr.server;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's path below its endpoint and its query-string parameters, decoded, with typed
 * accessors that fail with {@link HttpFailure#badRequest} naming the parameter and what it takes.
 */
final class RequestParameters {

    private final String pathRest;
    private final Map<String, List<String>> values;
    private final String body;

    private RequestParameters(String pathRest, Map<String, List<String>> values, String body) {
        this.pathRest = pathRest;
        this.values = values;
        this.body = body;
    }

    /** The parameters of {@code uri}, whose path starts with the endpoint's {@code prefix}; no body. */
    static RequestParameters of(URI uri, String prefix) {
        return of(uri, prefix, "");
    }

    /** The parameters of {@code uri}, whose path starts with the endpoint's {@code prefix}, and a POST's {@code body}. */
    static RequestParameters of(URI uri, String prefix, String body) {
        String path = uri.getPath();
        String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
        Map<String, List<String>> values = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new RequestParameters(rest, values, body);
    }

    /** {@code text} URL-decoded; the HTTP server has already refused malformed escapes. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * Fails with a 400 naming the first parameter not among {@code accepted}, and the ones the
     * endpoint takes: a misspelt {@code limt=5} is an error, not a page of 10.
     */
    RequestParameters accepting(String... accepted) {
        List<String> names = List.of(accepted);
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw HttpFailure.badRequest("unknown parameter '" + name + "': "
                        + (names.isEmpty() ? "this endpoint takes none" : "this endpoint takes " + String.join(", ", names)));
            }
        }
        return this;
    }

    /** The path after the endpoint's prefix, e.g. the figid of {@code /figures/PMC1__g1}; empty if none. */
    String pathRest() {
        return pathRest;
    }

    /** The body of a POST, as UTF-8 text; empty for a GET. */
    String body() {
        return body;
    }

    /** Every value of {@code name}, in order; empty if absent. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The last value of {@code name}, or {@code null} when absent. */
    String text(String name) {
        List<String> all = all(name);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The value of {@code name}, which must be present and not blank. */
    String required(String name, String example) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw HttpFailure.badRequest("the parameter '" + name + "' is missing: add it, e.g. " + example);
        }
        return value;
    }

    /** The whole number {@code name}, between {@code min} and {@code max}; {@code otherwise} when absent. */
    int integer(String name, int otherwise, int min, int max) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as a number out of range is
        }
        throw HttpFailure.badRequest("the parameter '" + name + "' takes a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }

    /** The number {@code name}; {@code otherwise} when absent. */
    double decimal(String name, double otherwise) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw HttpFailure.badRequest("the parameter '" + name + "' takes a number, not '" + value + "'");
        }
    }

    /** Whether the flag {@code name} is on: present with no value, {@code true}, {@code 1} or {@code yes}. */
    boolean flag(String name) {
        String value = text(name);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw HttpFailure.badRequest("the parameter '" + name + "' takes true or false, not '" + value + "'");
        };
    }
}
