package org.pfocr.search;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates hostile queries from a seeded {@link Random}, so that a failing query can be
 * regenerated: random Unicode (unpaired surrogates, control characters, NUL), random mixes of the
 * query syntax's tokens, unbalanced and deeply nested brackets, thousands of clauses, leading
 * wildcards, {@code *:*}, very long terms, huge numbers and nested regular-expression repeats,
 * many patterns that each cost time, and small edits of valid queries.
 */
final class QueryFuzzer {

    private static final List<String> WORDS = List.of(
            "STAT3", "IL6", "IL-6", "RANKL", "NF-κB", "β-catenin", "apoptosis", "caspase-3", "TNF-α", "Wnt",
            "human", "mouse", "zebrafish", "osteoclast", "pathway", "PMC0001001", "2019", "10.5555/x", "a", "the");
    private static final List<String> FIELDS = List.of(
            "caption", "title", "paper", "genes", "gene", "word", "entrez", "organism", "species", "chemical",
            "disease", "year", "pmcid", "figid", "doi", "journal", "author", "keywords", "reftext", "CAPTION",
            "nosuchfield", "*", "", "figure_title", "genes.word", "ü");
    private static final List<String> SYNTAX = List.of(
            "(", ")", "[", "]", "{", "}", "\"", "'", ":", "*", "?", "~", "~2", "~0.5", "^", "^3", "^1e40",
            "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "\\", "/", " TO ", " to ", ">=", "<", "=", "*:*",
            "\u0000", "\t", "\n", " ", " ", " ");

    /** A generator and how often it is picked, relative to the others. */
    private record Generator(int weight, Supplier<String> queries) {
    }

    private final Random random;
    private final List<Generator> generators;
    private final int totalWeight;

    QueryFuzzer(Random random) {
        this.random = random;
        // Cheap queries are the many; those that cost up to the time limit each are the few.
        this.generators = List.of(
                new Generator(150, this::randomUnicode), new Generator(200, this::tokenSoup),
                new Generator(150, this::fielded), new Generator(150, this::mutatedValid),
                new Generator(80, this::nested), new Generator(50, this::numbers),
                new Generator(25, this::leadingWildcards), new Generator(25, this::regexps),
                new Generator(40, this::longTerm), new Generator(20, this::manyClauses),
                new Generator(1, this::expensivePatterns));
        this.totalWeight = generators.stream().mapToInt(Generator::weight).sum();
    }

    /** The next query. */
    String next() {
        int pick = random.nextInt(totalWeight);
        for (Generator generator : generators) {
            pick -= generator.weight();
            if (pick < 0) {
                return generator.queries().get();
            }
        }
        throw new AssertionError("weights");
    }

    private String randomUnicode() {
        int length = random.nextInt(80);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) random.nextInt(0x80));
                case 1 -> text.append((char) random.nextInt(0x10000));
                case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> text.append(pick(SYNTAX));
            }
        }
        return text.toString();
    }

    private String tokenSoup() {
        int tokens = 1 + random.nextInt(25);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(random.nextInt(3) == 0 ? pick(WORDS) : pick(SYNTAX));
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private String fielded() {
        StringBuilder text = new StringBuilder();
        int clauses = 1 + random.nextInt(6);
        for (int i = 0; i < clauses; i++) {
            if (i > 0) {
                text.append(pick(List.of(" AND ", " OR ", " NOT ", " ", " +", " -")));
            }
            text.append(pick(FIELDS)).append(':').append(value());
        }
        return text.toString();
    }

    private String value() {
        String word = pick(WORDS);
        return switch (random.nextInt(12)) {
            case 0 -> "\"" + word + " " + pick(WORDS) + "\"~" + random.nextInt(1000);
            case 1 -> "[" + word + " TO " + pick(WORDS) + "]";
            case 2 -> "{* TO " + word + "}";
            case 3 -> word + "*";
            case 4 -> "*" + word;
            case 5 -> word + "~" + random.nextInt(4);
            case 6 -> "/" + word + ".*/";
            case 7 -> word + "^" + random.nextInt(100);
            case 8 -> ">=" + random.nextInt(3000);
            case 9 -> "(" + word + " OR " + pick(WORDS) + ")";
            case 10 -> "*";
            default -> word;
        };
    }

    private String nested() {
        int depth = random.nextInt(10) == 0 ? 5_000 + random.nextInt(20_000) : random.nextInt(300);
        String open = pick(List.of("(", "((", "(+", "(NOT ", "[", "{", "\"(", "/("));
        String close = pick(List.of(")", ")", "))", "]", "", ")/"));
        return open.repeat(depth) + value() + close.repeat(random.nextInt(depth + 1));
    }

    private String manyClauses() {
        int count = random.nextInt(5) == 0 ? 2_000 + random.nextInt(8_000) : 100 + random.nextInt(1_500);
        String operator = pick(List.of(" OR ", " AND ", " ", " +", " -", " || "));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(operator);
            }
            text.append(random.nextBoolean() ? pick(WORDS) + i : pick(FIELDS) + ":" + value());
        }
        return text.toString();
    }

    private String leadingWildcards() {
        return switch (random.nextInt(8)) {
            case 0 -> "*";
            case 1 -> "*:*";
            case 2 -> "*:* AND " + pick(FIELDS) + ":*" + pick(WORDS);
            case 3 -> "?" + pick(WORDS).substring(1);
            case 4 -> "*" + "?".repeat(random.nextInt(50)) + "*";
            case 5 -> "*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*".repeat(1 + random.nextInt(3));
            case 6 -> pick(FIELDS) + ":*";
            default -> "*" + pick(WORDS) + "* OR *:* OR " + pick(FIELDS) + ":*" + pick(WORDS) + "*";
        };
    }

    private String longTerm() {
        int length = random.nextInt(4) == 0 ? 30_000 + random.nextInt(70_000) : 250 + random.nextInt(3_000);
        String term = String.valueOf((char) ('a' + random.nextInt(26))).repeat(length);
        return switch (random.nextInt(8)) {
            case 0 -> term + "*";
            case 1 -> "*" + term;
            case 2 -> term + "~2";
            case 3 -> "\"" + term + " " + term + "\"";
            case 4 -> "figid:" + term;
            case 5 -> "/" + term + "/";
            case 6 -> "doi:" + term + "*";
            default -> term;
        };
    }

    private String numbers() {
        String big = "9".repeat(1 + random.nextInt(60));
        return switch (random.nextInt(8)) {
            case 0 -> "year:" + big;
            case 1 -> "year:[" + big + " TO *]";
            case 2 -> "year:{2147483647 TO *}";
            case 3 -> "year:{* TO -2147483648}";
            case 4 -> pick(WORDS) + "^" + big;
            case 5 -> pick(WORDS) + "~" + big;
            case 6 -> "\"" + pick(WORDS) + " " + pick(WORDS) + "\"~" + big;
            default -> "entrez:" + big;
        };
    }

    private String regexps() {
        String atom = pick(List.of("a", "[a-z]", ".", "(ab|cd)", "\\w", "[^a]", "<1-1000>", "~a", "#", "@"));
        return switch (random.nextInt(7)) {
            case 0 -> "/" + atom + "{1000}{1000}{1000}/";
            case 1 -> "/(" + atom + "{" + random.nextInt(2000) + "}){" + random.nextInt(2000) + "}/";
            case 2 -> "/" + "(".repeat(random.nextInt(3000)) + atom + ")".repeat(random.nextInt(3000)) + "/";
            case 3 -> "/" + (atom + "*").repeat(1 + random.nextInt(60)) + "/";
            case 4 -> "caption:/" + atom + "[/";
            case 5 -> "/" + "[".repeat(random.nextInt(10)) + atom + "/";
            default -> "/" + (".*" + atom).repeat(1 + random.nextInt(60)) + "/";
        };
    }

    /** Many wildcard, fuzzy and regular-expression terms just within the length limits: each costs time. */
    private String expensivePatterns() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 9_000) {
            String letters = "abcdefghijklmnopqrstuvwxyz".repeat(11).substring(random.nextInt(26));
            String pattern = switch (random.nextInt(3)) {
                case 0 -> "*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*".repeat(7);
                case 1 -> letters.substring(0, 250) + "~2";
                default -> "/" + "[a-z]*".repeat(40) + "/";
            };
            text.append(pattern).append(' ');
        }
        return text.toString();
    }

    private String mutatedValid() {
        StringBuilder text = new StringBuilder(fielded());
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, pick(SYNTAX));
                default -> text.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
