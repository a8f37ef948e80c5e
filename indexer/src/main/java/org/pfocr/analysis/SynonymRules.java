package org.pfocr.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Collects synonym rules from every source and builds the {@link SynonymMap} queries are
 * expanded with. Both sides of a rule are analysed with {@link FigureAnalyzer#forQueries()}, so
 * rules meet query tokens in the same normal form ({@code IL-6} and {@code IL6} are one word). A
 * rule a side of which analyses to nothing (a stop word, punctuation) is skipped, not an error.
 * Rules are kept analysed, so a set built once (the bundled tables) can be added to many maps
 * with {@link #addAll(SynonymRules)} without analysing it again, and saved ({@link #write}) to be
 * read back in another process ({@link #read}). Not thread-safe.
 */
public final class SynonymRules {

    /** How Lucene says that analysis left nothing of a name. */
    private static final Pattern ELIMINATED = Pattern.compile("term: (.*) was completely eliminated by analyzer");

    /** One analysed rule: {@code input} also finds {@code output}; the input is kept when {@code keepInput}. */
    private record Rule(CharsRef input, CharsRef output, boolean keepInput) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final RecordingParser parser = new RecordingParser(rules);
    private final CharsRefBuilder scratch = new CharsRefBuilder();

    /**
     * Adds a two-way rule: {@code a} finds {@code b} and {@code b} finds {@code a}.
     *
     * @return whether the rule was added (both sides analyse to words, and to different words)
     */
    public boolean addEquivalent(String a, String b) {
        CharsRef left = analyze(a);
        CharsRef right = analyze(b);
        if (left == null || right == null || left.equals(right)) {
            return false;
        }
        rules.add(new Rule(left, right, true));
        rules.add(new Rule(right, left, true));
        return true;
    }

    /**
     * Adds a one-way rule: {@code from} also finds each of {@code to} (a family its members).
     *
     * @return whether the rule was added with at least one target
     */
    public boolean addExpansion(String from, Collection<String> to) {
        CharsRef input = analyze(from);
        if (input == null) {
            return false;
        }
        boolean added = false;
        for (String target : to) {
            CharsRef output = analyze(target);
            if (output != null && !output.equals(input)) {
                rules.add(new Rule(input, output, true));
                added = true;
            }
        }
        return added;
    }

    /**
     * Adds rules in the Solr synonym format ({@code a, b, c} and {@code x => y}).
     *
     * @return the number of rules (non-blank, non-comment lines) added
     * @throws ParseException when a line cannot be read; its error offset is the 1-based line
     */
    public int addSolrRules(String text) throws ParseException {
        int count = 0;
        int lineNumber = 0;
        for (String line : text.split("\\n", -1)) {
            lineNumber++;
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            int arrow = rule.indexOf("=>");
            if (arrow >= 0 && (rule.substring(0, arrow).replace(",", "").isBlank()
                    || rule.substring(arrow + 2).replace(",", "").isBlank())) {
                throw new ParseException("invalid synonym rule '" + rule + "': it needs words on both sides of '=>'",
                        lineNumber);
            }
            try {
                parser.parse(new StringReader(rule));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParseException | IllegalArgumentException e) {
                Throwable reason = e.getCause() != null ? e.getCause() : e;
                throw new ParseException("invalid synonym rule '" + rule + "': " + plain(reason.getMessage()), lineNumber);
            }
            count++;
        }
        return count;
    }

    /** Lucene's reason for refusing a rule, in the words of the rules file. */
    private static String plain(String reason) {
        Matcher eliminated = ELIMINATED.matcher(reason);
        if (!eliminated.matches()) {
            return reason;
        }
        String name = eliminated.group(1).strip();
        return name.isEmpty() ? "an empty name (two commas in a row?)"
                : "'" + name + "' has no word left to search (English stop words such as 'a' and 'the' are dropped)";
    }

    /** Adds every rule of {@code other}, already analysed. */
    public void addAll(SynonymRules other) {
        rules.addAll(other.rules);
    }

    /** Writes the analysed rules, to be read back by {@link #read}. */
    public void write(DataOutput out) throws IOException {
        out.writeVInt(rules.size());
        for (Rule rule : rules) {
            out.writeString(rule.input().toString());
            out.writeString(rule.output().toString());
            out.writeByte((byte) (rule.keepInput() ? 1 : 0));
        }
    }

    /** The rules {@link #write} wrote, without analysing them again. */
    public static SynonymRules read(DataInput in) throws IOException {
        SynonymRules read = new SynonymRules();
        int size = in.readVInt();
        for (int i = 0; i < size; i++) {
            read.rules.add(new Rule(new CharsRef(in.readString()), new CharsRef(in.readString()), in.readByte() == 1));
        }
        return read;
    }

    /** The synonym map of every rule added. */
    public SynonymMap build() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (Rule rule : rules) {
            builder.add(rule.input(), rule.output(), rule.keepInput());
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed form of {@code text}, words joined as the synonym map wants; {@code null} when empty. */
    private CharsRef analyze(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            CharsRef analyzed = parser.analyze(text, scratch);
            return analyzed.length == 0 ? null : CharsRef.deepCopyOf(analyzed);
        } catch (IllegalArgumentException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lucene's Solr-format parser, recording the rules it reads instead of building a map itself. */
    private static final class RecordingParser extends SolrSynonymParser {
        private final List<Rule> rules;

        RecordingParser(List<Rule> rules) {
            super(true, true, FigureAnalyzer.forQueries());
            this.rules = rules;
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            rules.add(new Rule(CharsRef.deepCopyOf(input), CharsRef.deepCopyOf(output), includeOrig));
        }
    }
}
