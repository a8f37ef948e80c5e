package org.pfocr.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.pfocr.analysis.SynonymRules;
import org.pfocr.synonym.BundledSynonyms;
import org.pfocr.synonym.FamplexFamily;
import org.pfocr.synonym.GeneAlias;

/**
 * The synonym rules of the bundled tables (human gene aliases, FamPlex families), analysed.
 * Analysing some 115,000 rules takes a few seconds of CPU, which every index run would pay; so the
 * build analyses them once ({@link #main}, run by the indexer module's {@code process-classes}
 * step) into the class-path resource {@value #RESOURCE}, and index runs read that. Classes run
 * without it (from an IDE, say) analyse the tables on first use instead, with the same result
 * ({@code BundledRulesTest} checks that the resource is what analysing gives).
 *
 * @param rules the analysed rules
 * @param aliases how many alias rules were added (both sides analyse to different words)
 * @param families how many families expand
 */
public record BundledRules(SynonymRules rules, int aliases, int families) {

    /** Families with more members than this (olfactory receptors, "voltage gated") are not expanded. */
    static final int MAX_FAMILY_MEMBERS = 60;
    /** The class-path resource, beside this class. */
    static final String RESOURCE = "bundled-rules.bin";
    private static final int FORMAT = 1;

    /** The rules, read once per process from the resource, or analysed when it is missing. */
    static BundledRules get() {
        return Holder.INSTANCE;
    }

    /** Writes the analysed rules to the file {@code args[0]}, for the build. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledRules OUTPUT-FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
            analyse().write(file);
        }
    }

    /** Analyses the bundled tables' rules. */
    static BundledRules analyse() {
        SynonymRules rules = new SynonymRules();
        int aliases = addAliases(rules, BundledSynonyms.humanGeneAliases().entries());
        return new BundledRules(rules, aliases, addFamilies(rules));
    }

    /** Writes these rules as {@link #read} reads them. */
    void write(OutputStream out) throws IOException {
        OutputStreamDataOutput data = new OutputStreamDataOutput(out);
        data.writeVInt(FORMAT);
        data.writeVInt(aliases);
        data.writeVInt(families);
        rules.write(data);
    }

    /** Rules written by {@link #write}; {@code null} when they are of another format. */
    static BundledRules read(InputStream in) throws IOException {
        DataInput data = new InputStreamDataInput(in);
        if (data.readVInt() != FORMAT) {
            return null;
        }
        int aliases = data.readVInt();
        int families = data.readVInt();
        return new BundledRules(SynonymRules.read(data), aliases, families);
    }

    private static BundledRules load() {
        try (InputStream resource = BundledRules.class.getResourceAsStream(RESOURCE)) {
            BundledRules read = resource == null ? null : read(new BufferedInputStream(resource));
            return read != null ? read : analyse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource " + RESOURCE
                    + ": rebuild pfocr (mvn package)", e);
        }
    }

    private static int addAliases(SynonymRules rules, List<GeneAlias> aliases) {
        int added = 0;
        for (GeneAlias alias : aliases) {
            if (rules.addEquivalent(alias.alias(), alias.symbol())) {
                added++;
            }
        }
        return added;
    }

    private static int addFamilies(SynonymRules rules) {
        int added = 0;
        for (FamplexFamily family : BundledSynonyms.famplexFamilies().families()) {
            if (family.members().size() > MAX_FAMILY_MEMBERS || family.triggers().isEmpty()) {
                continue;
            }
            Set<String> expansion = new LinkedHashSet<>(family.triggers());
            expansion.add(family.name());
            expansion.addAll(family.members());
            boolean any = false;
            for (String trigger : family.triggers()) {
                any |= rules.addExpansion(trigger, expansion);
            }
            if (any) {
                added++;
            }
        }
        return added;
    }

    /** Loads the rules on first use. */
    private static final class Holder {
        static final BundledRules INSTANCE = load();
    }
}
