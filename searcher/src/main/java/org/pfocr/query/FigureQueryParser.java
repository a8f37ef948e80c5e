package org.pfocr.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.pfocr.query.PlainWords.TypedWord;

/**
 * Lucene's classic query syntax over the pfocr fields: field names as users type them
 * ({@code genes:}, {@code organism:}, {@code year:}), bare terms over the
 * {@link QueryFields#DEFAULT_FIELDS default fields} with their boosts, year ranges written
 * {@code year:[2010 TO 2015]} or {@code year:>=2015}, a {@code /} inside a word an ordinary
 * character ({@link WordSlashes}: {@code PI3K/AKT}). Not thread-safe: make one per query.
 *
 * <p>Ranking: the words of a query are alternatives (OR), so a figure needs only one of them to
 * be found, but figures that have more of them rank higher. A figure that has every word of a run
 * of bare words ({@code osteoclast differentiation}), or matches every clause of an OR
 * ({@code organism:fly apoptosis}), gets a bonus of {@value #ALL_WORDS_WEIGHT} times the score
 * of those words (unless the bonus query would pass a quarter of the clause limit). And a
 * hyphenated word is also looked for with its parts written apart, at weight
 * {@value HyphenatedWordQueries#HYPHEN_PARTS_WEIGHT}: {@code JAK-STAT} finds {@code JAK/STAT};
 * one that is stemmed is looked for by its parts at its position, bare or in a phrase, so that
 * both spellings find the same ({@link HyphenatedWordQueries}: {@code trans-signaling} finds
 * {@code trans-signalling}). A synonym rule only adds to what the words typed find
 * ({@link #analyzeGraphBoolean}).
 *
 * <p>Whatever the text, {@link #parseQuery} returns a query or throws {@link QueryException}; the
 * work it may cause is bounded by {@link QueryLimits}.
 */
public final class FigureQueryParser extends MultiFieldQueryParser {

    private static final Pattern YEAR_COMPARISON = Pattern.compile("(>=|<=|>|<)?(\\d{1,4})");
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern REGEXP_POSITION = Pattern.compile("at position (\\d+)");
    /** Weight of the bonus for having every word, or matching every clause of an OR. */
    static final float ALL_WORDS_WEIGHT = 3f;

    /** Bare-word queries with bonuses, mapped to the same query without them: an OR's bonus takes them so. */
    private final Map<Query, Query> withoutBonus = new IdentityHashMap<>();
    /** Every query of the last parse that has an all-words bonus (bare words and ORs), mapped to it without. */
    private final Map<Query, Query> bonusFree = new IdentityHashMap<>();

    private final QueryTimeout timeout;
    private String query = "";
    /** The query as parsed, with its in-word slashes escaped; positions in it are mapped back to {@link #query}. */
    private WordSlashes.Escaped escaped = new WordSlashes.Escaped("", new int[0]);
    /** The text {@link #createFieldQuery} analyses: {@link #analyzeGraphBoolean} finds the words typed in it. */
    private String analysedText = "";
    /** Reads a typed word of {@link #analysedText} while the text's own token stream is open; made when needed. */
    private Analyzer wordAnalyzer;
    private boolean readingTypedWord;
    /** The slop of the phrase being parsed ({@code "..."~n}), -1 outside {@link #getFieldQuery(String, String, int)}. */
    private int typedSlop = -1;

    /** A parser that analyses text with {@code analyzer} (the per-field query analyzer), without a time limit. */
    public FigureQueryParser(Analyzer analyzer) {
        this(analyzer, () -> false);
    }

    /**
     * A parser that analyses text with {@code analyzer} and gives up, with a
     * {@link QueryException.Kind#TIMEOUT} error, once {@code timeout} says to stop.
     */
    public FigureQueryParser(Analyzer analyzer, QueryTimeout timeout) {
        super(QueryFields.DEFAULT_FIELDS.keySet().toArray(String[]::new), analyzer, QueryFields.DEFAULT_FIELDS);
        this.timeout = timeout;
        setDefaultOperator(QueryParser.Operator.OR);
        setAllowLeadingWildcard(true);
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        setSplitOnWhitespace(false);
    }

    /**
     * Parses {@code text}.
     *
     * @throws QueryException for a syntax error, an unknown field, a bad value, or a query beyond
     *     the {@link QueryLimits} (too long, too deeply nested, too many clauses, too large a pattern)
     */
    public Query parseQuery(String text) throws QueryException {
        query = text;
        withoutBonus.clear();
        bonusFree.clear();
        if (text.isBlank()) {
            throw new QueryException(QueryException.Kind.SYNTAX, text, 0, "empty query",
                    "type some words, or *:* for every figure");
        }
        QueryLimits.checkText(text);
        escaped = WordSlashes.escape(text);
        Query parsed;
        try {
            parsed = parse(escaped.text());
        } catch (ParseException e) {
            throw translate(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooManyClauses(text);
        } catch (GraphTooLong e) {
            throw QueryLimits.tooManyWords(text);
        } catch (TooComplexToDeterminizeException e) {
            throw new QueryException(QueryException.Kind.TOO_COMPLEX, text, -1,
                    "a wildcard or regular expression is too complex to run",
                    "use fewer * and ? in one word, or a simpler expression");
        } catch (IllegalArgumentException e) {
            throw new QueryException(QueryException.Kind.INVALID_VALUE, text, -1,
                    "cannot run the query: " + e.getMessage(), "check the numbers after ^ and ~");
        }
        QueryLimits.checkClauses(text, parsed);
        QueryLimits.checkBoosts(text, parsed);
        return parsed;
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        checkTime();
        QueryField target = resolve(field);
        if (target == null) {
            return quoted ? super.getFieldQuery(null, text, true) : bareWords(text);
        }
        if (target.kind() == QueryField.Kind.INTEGER) {
            return yearQuery(target, text);
        }
        return super.getFieldQuery(target.indexField(), text, quoted);
    }

    /**
     * An OR ({@code clauses} all optional) gets the bonus for matching every clause. Exclusions
     * alone ({@code NOT STAT3}, {@code -organism:mouse}) exclude from every figure, as users mean,
     * rather than from nothing, which is what Lucene would match.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        if (!clauses.isEmpty() && clauses.stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.MUST_NOT)) {
            List<BooleanClause> fromAll = new ArrayList<>(clauses);
            fromAll.add(new BooleanClause(new MatchAllDocsQuery(), BooleanClause.Occur.MUST));
            return super.getBooleanQuery(fromAll);
        }
        Query combined = super.getBooleanQuery(clauses);
        if (combined == null || clauses.size() < 2
                || clauses.stream().anyMatch(clause -> clause.occur() != BooleanClause.Occur.SHOULD)) {
            return combined;
        }
        return withAllWordsBonus(combined, clauses.stream()
                .map(clause -> withoutBonus.getOrDefault(clause.query(), clause.query())).toList());
    }

    /**
     * Bare words over the default fields, hyphenated words also with their parts written apart;
     * for two words or more, with the bonus for having all of them.
     */
    private Query bareWords(String text) throws ParseException {
        Query words = super.getFieldQuery(null, text, false);
        if (words == null) {
            return null;
        }
        List<Query> alternatives = new ArrayList<>(List.of(words));
        alternatives.addAll(HyphenatedWordQueries.partsWrittenApart(text));
        Query matching = alternatives.size() == 1 ? words : anyOf(alternatives);
        if (PlainWords.count(text) < 2 || !(words instanceof BooleanQuery groups) || groups.clauses().size() < 2) {
            return matching;
        }
        Query ranked = withAllWordsBonus(matching, groups.clauses().stream().map(BooleanClause::query).toList());
        withoutBonus.put(ranked, matching);
        return ranked;
    }

    /**
     * {@code base} or'ed with the bonus for matching every one of {@code parts}, if that stays small
     * enough to run. Every part is a clause of {@code base} (maybe without its own bonus), so it
     * matches only figures {@code base} matches and scores no more than {@code base} does: the
     * bonus changes the order of the figures found, never which are found, and adds at most its
     * weight times their score (which lets the ranking skip figures by their score without it:
     * {@link AllWordsBonus}).
     */
    private Query withAllWordsBonus(Query base, List<Query> parts) {
        Query bonus = new AllWordsBonus(parts, ALL_WORDS_WEIGHT);
        if (QueryTerms.leaves(bonus) > IndexSearcher.getMaxClauseCount() / 4) {
            return base;
        }
        Query ranked = anyOf(List.of(base, bonus));
        bonusFree.put(ranked, base);
        return ranked;
    }

    /**
     * {@code parsed}, the result of the last {@link #parseQuery}, without its all-words bonuses: it
     * matches the same figures, and costs less to count them with (a bonus is a conjunction of
     * the query's own parts: {@code Wnt OR Hedgehog} counts in a third of the time without it).
     */
    public Query withoutBonuses(Query parsed) {
        Query base = bonusFree.get(parsed);
        if (base != null) {
            return withoutBonuses(base);
        }
        if (parsed instanceof BoostQuery boosted) {
            Query inner = withoutBonuses(boosted.getQuery());
            return inner == boosted.getQuery() ? parsed : new BoostQuery(inner, boosted.getBoost());
        }
        if (parsed instanceof BooleanQuery bool) {
            BooleanQuery.Builder stripped = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause clause : bool.clauses()) {
                Query inner = withoutBonuses(clause.query());
                changed |= inner != clause.query();
                stripped.add(inner, clause.occur());
            }
            return changed ? stripped.build() : parsed;
        }
        return parsed;
    }

    /**
     * A hyphenated word that is stemmed matches by its parts
     * ({@link HyphenatedWordQueries#byPartsFirst}), bare ({@link HyphenatedWordQueries#withWordParts})
     * or in a phrase ({@link HyphenatedWordQueries#partsPhrase}): {@code "IL-6 trans-signaling"}
     * finds "IL-6 trans-signalling".
     */
    @Override
    protected Query createFieldQuery(Analyzer analyzer, BooleanClause.Occur operator, String field, String queryText,
            boolean quoted, int phraseSlop) {
        String outer = analysedText;
        analysedText = queryText;
        try {
            if (!HyphenatedWordQueries.mayHaveParts(field, queryText)) {
                return super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
            }
            if (!quoted) {
                Query words = super.createFieldQuery(analyzer, operator, field, queryText, false, phraseSlop);
                return words == null ? null : HyphenatedWordQueries.withWordParts(field, queryText, words);
            }
            // The slop is applied here: the parser adds it only to a phrase it sees at the top.
            int slop = typedSlop >= 0 ? typedSlop : phraseSlop;
            Query phrase = super.createFieldQuery(analyzer, operator, field, queryText, true, slop);
            Query parts = phrase == null ? null : HyphenatedWordQueries.partsPhrase(field, queryText, slop);
            return parts == null ? phrase : HyphenatedWordQueries.byPartsFirst(phrase, parts);
        } finally {
            analysedText = outer;
        }
    }

    /**
     * Words some of which have synonyms of several words (a token graph). Each side of a rule
     * becomes a phrase, but the words typed still match as they would without the rule: where
     * several typed words match a rule ({@code osteoclast differentiation}), each is a clause of
     * its own, with its own synonyms, as usual, or'ed with the rule's other sides
     * ({@code osteoclastogenesis}, {@code "osteoclast formation"}) at 1/n of their weight. So a
     * rule only adds figures, a figure with another side counts once and as having every word
     * (the all-words bonus), and every field has a clause per word, as the multi-field grouping
     * needs. A rule that replaces the words ({@code a b => c}) still replaces them.
     */
    @Override
    protected Query analyzeGraphBoolean(String field, TokenStream source, BooleanClause.Occur operator)
            throws IOException {
        source.reset();
        GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(source);
        int[] cuts;
        try {
            cuts = graph.articulationPoints();
        } catch (IllegalArgumentException tooManyPositions) {
            throw new GraphTooLong();
        }
        BooleanQuery.Builder clauses = newBooleanQuery();
        int start = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int end = i < cuts.length ? cuts[i] : -1;
            List<Query> here = graph.hasSidePath(start) ? sidePaths(field, graph, start, end)
                    : List.of(termsAt(field, graph.getTerms(start)));
            here.forEach(clause -> clauses.add(clause, operator));
            start = end;
        }
        return clauses.build();
    }

    /** The clauses of a stretch of the graph that has several paths (see {@link #analyzeGraphBoolean}). */
    private List<Query> sidePaths(String field, GraphTokenStreamFiniteStrings graph, int start, int end) {
        List<Query> paths = new ArrayList<>();
        for (Iterator<TokenStream> it = graph.getFiniteStrings(start, end); it.hasNext(); ) {
            paths.add(createFieldQuery(it.next(), BooleanClause.Occur.MUST, field,
                    getAutoGenerateMultiTermSynonymsPhraseQuery(), 0));
        }
        List<TypedWord> typed = PlainWords.typedWords(analysedText, graph.getTerms(start));
        if (typed.size() < 2 || readingTypedWord
                || !paths.removeIf(path -> QueryTerms.termsOf(path)
                        .equals(typed.stream().map(TypedWord::term).toList()))) {
            return List.of(newGraphSynonymQuery(paths.iterator()));
        }
        if (wordAnalyzer == null) {
            wordAnalyzer = QueryAnalyzers.withOwnComponents(getAnalyzer());
        }
        Query others = new BoostQuery(paths.size() == 1 ? paths.get(0) : anyOf(paths), 1f / typed.size());
        List<Query> perWord = new ArrayList<>();
        readingTypedWord = true;
        try {
            for (TypedWord word : typed) {
                Query own = createFieldQuery(wordAnalyzer, BooleanClause.Occur.SHOULD, field,
                        analysedText.substring(word.start(), word.end()), false, 0);
                perWord.add(own == null ? others : anyOf(List.of(own, others)));
            }
        } finally {
            readingTypedWord = false;
        }
        return perWord;
    }

    /** The term, or synonyms, of a position without side paths, as Lucene makes them. */
    private Query termsAt(String field, List<AttributeSource> tokens) {
        TermAndBoost[] terms = tokens.stream().map(token -> new TermAndBoost(
                BytesRef.deepCopyOf(token.addAttribute(TermToBytesRefAttribute.class).getBytesRef()),
                token.addAttribute(BoostAttribute.class).getBoost())).toArray(TermAndBoost[]::new);
        return terms.length == 1 ? newTermQuery(new Term(field, terms[0].term()), terms[0].boost())
                : newSynonymQuery(field, terms);
    }

    private static Query anyOf(List<Query> queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        checkTime();
        QueryField target = resolve(field);
        if (target != null && target.kind() == QueryField.Kind.INTEGER) {
            return yearQuery(target, text);
        }
        typedSlop = slop;
        try {
            return super.getFieldQuery(target == null ? null : target.indexField(), text, slop);
        } finally {
            typedSlop = -1;
        }
    }

    @Override
    protected Query getRangeQuery(String field, String low, String high, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        checkTime();
        QueryField target = resolve(field);
        if (target != null && target.kind() == QueryField.Kind.INTEGER) {
            boolean openLow = low == null || low.equals("*");
            boolean openHigh = high == null || high.equals("*");
            long from = openLow ? Integer.MIN_VALUE : (long) year(target, low) + (startInclusive ? 0 : 1);
            long to = openHigh ? Integer.MAX_VALUE : (long) year(target, high) - (endInclusive ? 0 : 1);
            if (from > Integer.MAX_VALUE || to < Integer.MIN_VALUE) {
                return new MatchNoDocsQuery("the range holds no whole number");
            }
            return IntPoint.newRangeQuery(target.indexField(), (int) from, (int) to);
        }
        return super.getRangeQuery(target == null ? null : target.indexField(), low, high, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String prefix) throws ParseException {
        checkTime();
        QueryField target = resolveNonNumeric(field, prefix + "*");
        checkPattern(prefix);
        return super.getPrefixQuery(target == null ? null : target.indexField(), prefix);
    }

    @Override
    protected Query getWildcardQuery(String field, String pattern) throws ParseException {
        checkTime();
        if ("*".equals(field) && "*".equals(pattern)) {
            return new MatchAllDocsQuery();
        }
        QueryField target = resolveNonNumeric(field, pattern);
        checkPattern(pattern);
        return super.getWildcardQuery(target == null ? null : target.indexField(), pattern);
    }

    @Override
    protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
        checkTime();
        QueryField target = resolveNonNumeric(field, term + "~");
        checkPattern(term);
        return super.getFuzzyQuery(target == null ? null : target.indexField(), term, similarity);
    }

    /**
     * A regular expression, on each default field when bare ({@code /stat[0-9]/}), with the field's
     * boost; only its letters and digits are normalised ({@link QueryAnalyzers#normalizeRegexp}), so
     * that its syntax stays as typed.
     */
    @Override
    protected Query getRegexpQuery(String field, String pattern) throws ParseException {
        checkTime();
        QueryField target = resolveNonNumeric(field, "/" + pattern + "/");
        String tooLarge;
        try {
            tooLarge = QueryLimits.checkRegexp(pattern);
        } catch (IllegalArgumentException e) {
            throw regexpSyntax(pattern, e);
        }
        if (tooLarge != null) {
            throw new Failure(new QueryException(QueryException.Kind.TOO_COMPLEX, query, positionOf("/" + pattern),
                    tooLarge, "use a shorter expression with smaller {n} repeats"));
        }
        if (target == null) {
            return super.getRegexpQuery(null, pattern);
        }
        String indexField = target.indexField();
        Query regexp = newRegexpQuery(new Term(indexField,
                QueryAnalyzers.normalizeRegexp(getAnalyzer(), indexField, pattern)));
        Float boost = boosts.get(indexField);
        return boost == null ? regexp : new BoostQuery(regexp, boost);
    }

    /** Stops parsing once the time limit is reached: analysing words and building automata take time. */
    private void checkTime() throws ParseException {
        if (timeout.shouldExit()) {
            throw new Failure(new QueryException(QueryException.Kind.TIMEOUT, query, -1,
                    "preparing the query took longer than its time limit",
                    "use fewer words, wildcards and fuzzy terms, or give the search more time"));
        }
    }

    private void checkPattern(String pattern) throws ParseException {
        String tooLong = QueryLimits.checkPattern(pattern);
        if (tooLong != null) {
            throw new Failure(new QueryException(QueryException.Kind.TOO_COMPLEX, query, positionOf(pattern),
                    tooLong, "shorten it: no indexed word is that long"));
        }
    }

    /** A regular expression's own syntax error, placed in the query where Lucene's position says. */
    private Failure regexpSyntax(String pattern, IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int start = positionOf("/" + pattern);
        Matcher at = REGEXP_POSITION.matcher(message);
        int position = start < 0 ? -1
                : Math.min(query.length(), start + 1 + (at.find() ? Integer.parseInt(at.group(1)) : 0));
        return new Failure(new QueryException(QueryException.Kind.SYNTAX, query, position,
                "invalid regular expression: " + REGEXP_POSITION.matcher(message).replaceAll("").strip(),
                "put a backslash before / [ ] ( ) { } * + ? . | to match it literally"));
    }

    /** The field a typed name stands for; {@code null} for bare terms (the default fields). */
    private QueryField resolve(String typed) throws ParseException {
        if (typed == null) {
            return null;
        }
        QueryField field = QueryFields.byName(typed).orElse(null);
        if (field == null && QueryFields.byIndexField(typed).isPresent()) {
            field = QueryFields.byIndexField(typed).get();
        }
        if (field == null) {
            throw new Failure(new QueryException(QueryException.Kind.UNKNOWN_FIELD, query,
                    positionOf(typed + ":"), "unknown field '" + typed + "'",
                    "fields are " + QueryFields.names()));
        }
        return field;
    }

    private QueryField resolveNonNumeric(String typed, String value) throws ParseException {
        QueryField field = resolve(typed);
        if (field != null && field.kind() == QueryField.Kind.INTEGER) {
            throw invalidYear(field, value);
        }
        return field;
    }

    private Query yearQuery(QueryField field, String text) throws ParseException {
        Matcher matcher = YEAR_COMPARISON.matcher(text.strip());
        if (!matcher.matches()) {
            throw invalidYear(field, text);
        }
        int year = Integer.parseInt(matcher.group(2));
        String comparison = matcher.group(1) == null ? "" : matcher.group(1);
        return switch (comparison) {
            case ">=" -> IntPoint.newRangeQuery(field.indexField(), year, Integer.MAX_VALUE);
            case ">" -> IntPoint.newRangeQuery(field.indexField(), year + 1, Integer.MAX_VALUE);
            case "<=" -> IntPoint.newRangeQuery(field.indexField(), Integer.MIN_VALUE, year);
            case "<" -> IntPoint.newRangeQuery(field.indexField(), Integer.MIN_VALUE, year - 1);
            default -> IntPoint.newExactQuery(field.indexField(), year);
        };
    }

    private int year(QueryField field, String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw invalidYear(field, text);
        }
    }

    private Failure invalidYear(QueryField field, String value) {
        return new Failure(new QueryException(QueryException.Kind.INVALID_VALUE, query,
                positionOf(value), field.name() + " needs a year, not '" + value + "'",
                "write year:2015, year:>=2015 or year:[2010 TO 2015]"));
    }

    private int positionOf(String fragment) {
        return Math.max(query.indexOf(fragment), -1);
    }

    private QueryException translate(ParseException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Failure failure) {
                return failure.error;
            }
            if (cause instanceof IndexSearcher.TooManyClauses) {
                return QueryLimits.tooManyClauses(query);
            }
            if (cause instanceof ParseException parse && parse.currentToken != null) {
                return syntaxError(parse);
            }
            if (cause instanceof TokenMgrError lexical) {
                Matcher column = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
                int position = column.find() ? Math.min(escaped.typedPosition(Integer.parseInt(column.group(1)) - 1),
                        query.length()) : -1;
                if (position > 0 && (query.charAt(position - 1) == '^' || query.charAt(position - 1) == '~')) {
                    return new QueryException(QueryException.Kind.SYNTAX, query, position,
                            "'" + query.charAt(position - 1) + "' needs a number after it",
                            "write a boost as STAT3^2 and a fuzzy word as osteoclast~1");
                }
                return new QueryException(QueryException.Kind.SYNTAX, query, position,
                        "unterminated quote, bracket or escape", "close it, or put a backslash before the character");
            }
        }
        return new QueryException(QueryException.Kind.SYNTAX, query, -1, "cannot parse the query",
                "check brackets, quotes and AND/OR/NOT");
    }

    private QueryException syntaxError(ParseException e) {
        Token next = e.currentToken.next;
        boolean atEnd = next == null || next.kind == 0;
        int position = atEnd ? query.length() : escaped.typedPosition(Math.max(0, next.beginColumn - 1));
        String problem = atEnd ? "the query ends too early" : "unexpected '" + next.image + "'";
        return new QueryException(QueryException.Kind.SYNTAX, query, position, problem,
                "check that brackets and quotes are closed and that AND, OR and NOT stand between terms");
    }

    /** Lucene's graph analysis gave up: the words to expand with synonyms have too many positions. */
    private static final class GraphTooLong extends RuntimeException {
        GraphTooLong() {
            super(null, null, false, false);
        }
    }

    /** Carries a {@link QueryException} out of the parser's callbacks, which may only throw ParseException. */
    private static final class Failure extends ParseException {
        private final transient QueryException error;

        Failure(QueryException error) {
            super(error.getMessage());
            this.error = error;
        }
    }
}
