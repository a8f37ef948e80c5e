package org.pfocr.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the figure record number {@code i} of a corpus from a {@link TemplateSet}, the same for
 * the same seed and {@code i} whatever the order or thread records are made in.
 *
 * <p>A record takes its shape from one template, its <em>base</em>: the fields it has and their
 * order, inline gene lists or sidecar tables or both, so the corpus keeps the templates' mix of
 * formats. Its parts are drawn from other templates: the caption is as many sentences as the
 * base's caption, each from some template's caption (first sentences from first sentences), the
 * figure title from another record, the paper's fields (title, reference, year, journal, DOI,
 * keywords) together from another, each inline mention list and each sidecar table from a record
 * that has one of its kind. Nothing is invented but the identity: figid and pmcid are numbered
 * ({@code PMC90000000} onwards) so that every record is a figure of its own.
 */
final class RecordRecombiner {

    /** The pmcid of record 0; far above real PMC ids, so generated figures never pass for real ones. */
    static final long FIRST_PMCID = 90_000_000L;

    private static final List<String> IDENTITY_FIELDS =
            List.of("pmcid", "figlink", "filename", "redirect_from", "figid_alias");
    private static final List<String> PAPER_FIELDS = List.of("papertitle", "reftext", "year", "doi",
            "journal_title", "journal_nlm_ta", "publisher_name", "keywords");
    private static final List<String> MENTION_LISTS = List.of("genes", "chemicals", "diseases");
    private static final String JSON_LD = "schema-jsonld";

    private final long seed;
    private final List<TemplateRecord> bases;
    private final List<TemplateRecord> titles;
    private final Map<String, List<TemplateRecord>> inlineLists = new LinkedHashMap<>();
    private final Map<Sidecar, List<TemplateRecord>> tables = new EnumMap<>(Sidecar.class);
    private final List<String> firstSentences = new ArrayList<>();
    private final List<String> laterSentences = new ArrayList<>();

    RecordRecombiner(TemplateSet templates, long seed) {
        this.seed = seed;
        this.bases = templates.all();
        this.titles = templates.where(t -> t.fields().get("figtitle") instanceof String);
        for (String field : MENTION_LISTS) {
            inlineLists.put(field, templates.where(t -> t.fields().get(field) instanceof List));
        }
        for (Sidecar kind : Sidecar.values()) {
            tables.put(kind, templates.where(t -> t.sidecars().containsKey(kind)));
        }
        for (TemplateRecord template : bases) {
            List<String> sentences = template.sentences();
            if (!sentences.isEmpty()) {
                firstSentences.add(sentences.getFirst());
                laterSentences.addAll(sentences.subList(1, sentences.size()));
            }
        }
        if (laterSentences.isEmpty()) {
            laterSentences.addAll(firstSentences);
        }
    }

    /** Record number {@code index} (0-based), written with {@code yaml}. */
    GeneratedRecord record(long index, YamlText yaml) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        TemplateRecord base = pick(random, bases);
        String pmcid = "PMC" + (FIRST_PMCID + index);
        String figid = pmcid + "__" + suffix(base.figid());
        Map<String, Object> fields = new LinkedHashMap<>(base.fields());
        fields.put("figid", figid);
        for (String field : IDENTITY_FIELDS) {
            fields.computeIfPresent(field, (key, value) -> renamed(value, base.pmcid(), pmcid));
        }
        String caption = null;
        if (!base.sentences().isEmpty()) {
            caption = caption(random, base.sentences().size());
            fields.put("caption", caption);
        }
        if (fields.get("figtitle") instanceof String && !titles.isEmpty()) {
            fields.put("figtitle", pick(random, titles).fields().get("figtitle"));
        }
        TemplateRecord paper = pick(random, bases);
        for (String field : PAPER_FIELDS) {
            if (fields.containsKey(field) && paper.has(field)) {
                fields.put(field, paper.fields().get(field));
            }
        }
        TemplateRecord geneDonor = null;
        for (String field : MENTION_LISTS) {
            List<TemplateRecord> donors = inlineLists.get(field);
            if (fields.get(field) instanceof List && !donors.isEmpty()) {
                TemplateRecord donor = pick(random, donors);
                fields.put(field, donor.fields().get(field));
                geneDonor = field.equals("genes") ? donor : geneDonor;
            }
        }
        Map<Sidecar, String> sidecars = new EnumMap<>(Sidecar.class);
        for (Sidecar kind : base.sidecars().keySet()) {
            TemplateRecord donor = pick(random, tables.get(kind));
            sidecars.put(kind, donor.sidecars().get(kind));
            geneDonor = kind == Sidecar.GENES && geneDonor == null ? donor : geneDonor;
        }
        if (fields.get(JSON_LD) instanceof Map<?, ?> jsonLd) {
            fields.put(JSON_LD, jsonLd(jsonLd, base.figid(), figid, caption, geneDonor));
        }
        return new GeneratedRecord(figid, "---\n" + yaml.write(fields) + "---\n" + base.body(), sidecars);
    }

    /**
     * The structured-data block, which repeats the record: its id, the caption as description, and
     * the gene names as keywords (from the record the genes came from).
     */
    private static Map<Object, Object> jsonLd(Map<?, ?> base, String baseFigid, String figid, String caption,
            TemplateRecord geneDonor) {
        Map<Object, Object> jsonLd = new LinkedHashMap<>(base);
        jsonLd.computeIfPresent("@id", (key, value) -> renamed(value, baseFigid, figid));
        if (caption != null && jsonLd.containsKey("description")) {
            jsonLd.put("description", caption);
        }
        if (geneDonor != null && geneDonor.fields().get(JSON_LD) instanceof Map<?, ?> donor
                && donor.containsKey("keywords") && jsonLd.containsKey("keywords")) {
            jsonLd.put("keywords", donor.get("keywords"));
        }
        return jsonLd;
    }

    private String caption(SplittableRandom random, int sentences) {
        StringBuilder caption = new StringBuilder(pick(random, firstSentences));
        for (int i = 1; i < sentences; i++) {
            caption.append(' ').append(pick(random, laterSentences));
        }
        return caption.toString();
    }

    /** A text value (or list of them) with {@code from} replaced by {@code to}. */
    private static Object renamed(Object value, String from, String to) {
        if (from == null) {
            return value;
        }
        if (value instanceof String text) {
            return text.replace(from, to);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> renamed(element, from, to)).toList();
        }
        return value;
    }

    /** The part of a figid after the pmcid ({@code intimmdxp017f01_4c}), or the whole figid. */
    private static String suffix(String figid) {
        int separator = figid.indexOf("__");
        return separator < 0 ? figid : figid.substring(separator + 2);
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A well-mixed seed for record {@code index} (SplitMix64's finaliser). */
    private static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
