package org.pfocr.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.lucene.index.NoMergePolicy;
import org.pfocr.analysis.IndexAnalyzers;
import org.pfocr.document.FigureDocumentBuilder;
import org.pfocr.document.SourceStamp;
import org.pfocr.record.Problem;
import org.pfocr.record.ProblemKind;
import org.pfocr.record.RecordParser;
import org.pfocr.schema.FigureFacets;
import org.pfocr.schema.FigureFields;
import org.pfocr.schema.FigureSchema;
import org.pfocr.source.RecordFile;
import org.pfocr.source.SidecarLocator;
import org.pfocr.synonym.OrganismTable;
import org.pfocr.synonym.SynonymSource;

class FigureIndexerTest {

    private static final Path TESTDATA = Path.of(System.getProperty("pfocr.testdata", "../testdata"), "figures");
    private static final int TESTDATA_FIGURES = 18;

    @TempDir
    Path temp;
    private Path records;
    private Path index;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final IndexListener listener = new IndexListener() {
        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    @BeforeEach
    void copyTestdata() throws IOException {
        records = temp.resolve("records");
        index = temp.resolve("index");
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            for (Path file : files.toList()) {
                Path target = records.resolve(TESTDATA.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private IndexSummary run(IndexOptions options) throws Exception {
        return new FigureIndexer(options, listener).run();
    }

    private IndexOptions rebuild() {
        return IndexOptions.rebuild(index, List.of(records));
    }

    private Set<String> figids() throws IOException {
        Set<String> figids = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    figids.add(stored.document(doc).get(FigureFields.FIGID));
                }
            }
        }
        return figids;
    }

    /** Indexes the records, then spoils one and deletes another; the figids indexed. */
    private Set<String> indexThenBreakOneRecordAndDeleteAnother() throws Exception {
        run(rebuild());
        Set<String> indexed = figids();
        Files.writeString(records.resolve("_figures/broken.md"), "not front matter\n");
        Files.delete(records.resolve("_figures/PMC0001012__msig-09-0777-f8.md"));
        return indexed;
    }

    private IndexMetadata metadata() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return IndexMetadata.read(reader.directory(), reader.getIndexCommit().getUserData());
        }
    }

    @Test
    void rebuildIndexesEveryRecordAndRecordsSchemaAndSynonymSources() throws Exception {
        IndexSummary summary = run(rebuild().withThreads(2));
        assertEquals(TESTDATA_FIGURES, summary.figuresIndexed());
        assertEquals(TESTDATA_FIGURES, summary.figuresInIndex());
        assertEquals(List.of(), problems);
        assertEquals(TESTDATA_FIGURES, figids().size());
        IndexMetadata metadata = metadata();
        assertEquals(FigureSchema.VERSION, metadata.schemaVersion());
        assertEquals(List.of(records.toAbsolutePath().normalize().toString()), metadata.sources());
        for (SynonymSource source : SynonymSource.values()) {
            assertTrue(metadata.synonymCounts().containsKey(source.label()), source.label());
        }
        assertTrue(metadata.synonymCounts().get("corpus") > 0);
        assertTrue(metadata.synonymCounts().get("gene_aliases") > 50_000);
    }

    @Test
    void theIndexingBufferIsAQuarterOfASmallHeap() {
        long megabyte = 1 << 20;
        assertEquals(32, FigureIndexer.ramBufferMb(128 * megabyte));
        assertEquals(64, FigureIndexer.ramBufferMb(256 * megabyte));
        assertEquals(128, FigureIndexer.ramBufferMb(512 * megabyte));
        assertEquals(128, FigureIndexer.ramBufferMb(6144 * megabyte));
        assertEquals(128, FigureIndexer.ramBufferMb(Long.MAX_VALUE), "no limit");
    }

    @Test
    void noMoreThreadsIndexThanAskedForTheWalkingThreadAmongThem() throws Exception {
        Path many = temp.resolve("many/_figures");
        Files.createDirectories(many);
        int count = 2_000;
        for (int i = 0; i < count; i++) {
            Files.writeString(many.resolve("PMC" + i + "__f1.md"), "---\nfigid: PMC" + i + "__f1\n---\n");
        }
        for (int threads : new int[] {1, 2, 3}) {
            Set<Thread> indexing = ConcurrentHashMap.newKeySet();
            IndexSummary summary = new FigureIndexer(IndexOptions.rebuild(index, List.of(many)).withThreads(threads),
                    new IndexListener() {
                        @Override
                        public void progress(long filesSeen, long figuresIndexed) {
                            indexing.add(Thread.currentThread());
                        }
                    }).run();
            assertEquals(count, summary.figuresInIndex(), threads + " threads");
            assertTrue(indexing.size() <= threads, threads + " threads asked for, " + indexing.size() + " indexed");
            assertTrue(segments() <= threads, "a buffer a thread, written once no thread indexes: " + segments()
                    + " segments from " + threads + " threads");
            if (threads == 1) {
                assertEquals(Set.of(Thread.currentThread()), indexing, "the walking thread indexes alone");
            }
        }
    }

    @Test
    void theClosingStepsAreReportedInOrder() throws Exception {
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        new FigureIndexer(rebuild().withThreads(2), new IndexListener() {
            @Override
            public void step(String step) {
                if (steps.isEmpty() || !steps.getLast().equals(step)) {
                    steps.add(step);
                }
            }
        }).run();
        assertEquals(List.of(IndexListener.WRITING_SEGMENTS, IndexListener.BUILDING_SYNONYMS,
                IndexListener.COMMITTING), steps);
    }

    @Test
    void mergeLeavesOneSegmentAndSaysSo() throws Exception {
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        IndexListener listener = new IndexListener() {
            @Override
            public void step(String step) {
                steps.add(step);
            }
        };
        run(rebuild());
        Path added = Files.writeString(records.resolve("_figures/PMC9999999__added.md"),
                "---\nfigid: PMC9999999__added\n---\n");
        addInASegmentOfItsOwn(added);
        assertTrue(segments() > 1, "the added figure is in a segment of its own");

        new FigureIndexer(IndexOptions.rebuild(index, List.of()).withUpdate(true).withMerge(true), listener).run();
        assertEquals(1, segments());
        assertEquals(TESTDATA_FIGURES + 1, figids().size());
        assertTrue(steps.indexOf(IndexListener.MERGING) > steps.indexOf(IndexListener.WRITING_SEGMENTS)
                && steps.indexOf(IndexListener.MERGING) < steps.indexOf(IndexListener.BUILDING_SYNONYMS), steps.toString());

        new FigureIndexer(rebuild().withThreads(2).withMerge(true), IndexListener.SILENT).run();
        assertEquals(1, segments(), "a rebuild too");
    }

    /**
     * Adds the figure of the record {@code file} to the index in a segment of its own, as an update
     * would but with a writer that never merges (an update's commit may merge small segments).
     */
    private void addInASegmentOfItsOwn(Path file) throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        RecordFile record = SidecarLocator.locate(file);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), config)) {
            writer.addDocument(new FigureDocumentBuilder(OrganismTable.bundled())
                    .build(new RecordParser().parse(record, problem -> { }), SourceStamp.of(record), problem -> { }));
            writer.commit();
        }
    }

    private int segments() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.leaves().size();
        }
    }

    @Test
    void facetValuesAreDrillDownTermsAndDimensionsAreNot() throws Exception {
        run(rebuild());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int terms = 0;
            TermsEnum values = MultiTerms.getTerms(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME).iterator();
            for (BytesRef term = values.next(); term != null; term = values.next()) {
                terms++;
                assertTrue(term.utf8ToString().indexOf(FacetsConfig.DELIM_CHAR) > 0, term.utf8ToString());
            }
            assertTrue(terms > 50, terms + " drill-down terms");
            DrillDownQuery mouse = new DrillDownQuery(FigureFacets.config());
            mouse.add(FigureFields.FACET_ORGANISM, "Mus musculus");
            int hits = searcher.count(mouse);
            assertTrue(hits > 0 && hits < TESTDATA_FIGURES, hits + " mouse figures");
        }
    }

    @Test
    void updateReadsOnlyChangedAndNewFilesAndRemovesVanishedOnes() throws Exception {
        run(rebuild());
        Path changed = records.resolve("_figures/PMC0001001__jhs-08-1012-g003.md");
        Files.writeString(changed, Files.readString(changed).replace("figtitle:", "figtitle: Revised"));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Path added = records.resolve("_figures/PMC0009999__copy.md");
        Files.writeString(added, Files.readString(records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md"))
                .replace("PMC0001011__ccb-02-0301-f3", "PMC0009999__copy"));
        Files.delete(records.resolve("_figures/PMC0001012__msig-09-0777-f8.md"));

        IndexSummary summary = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));

        assertEquals(2, summary.figuresIndexed());
        assertEquals(1, summary.figuresRemoved());
        assertEquals(TESTDATA_FIGURES - 2, summary.figuresUnchanged());
        assertEquals(TESTDATA_FIGURES, summary.figuresInIndex());
        Set<String> figids = figids();
        assertTrue(figids.contains("PMC0009999__copy"));
        assertTrue(!figids.contains("PMC0001012__msig-09-0777-f8"));
    }

    @Test
    void anUpdateThatChangesNothingLeavesTheCommitAsItWas() throws Exception {
        run(rebuild());
        long built = commitGeneration();
        IndexMetadata before = metadata();

        IndexSummary nothing = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));

        assertEquals(0, nothing.figuresIndexed());
        assertEquals(TESTDATA_FIGURES, nothing.figuresUnchanged());
        assertEquals(TESTDATA_FIGURES, nothing.figuresInIndex());
        assertEquals(before.synonymCounts(), nothing.synonymCounts());
        assertEquals(built, commitGeneration(), "no new commit");
        assertEquals(before.committed(), metadata().committed());
        // New synonym rules are a change; the same rules again are not.
        Path rules = Files.writeString(temp.resolve("rules.txt"), "osteoclastogenesis, bone resorption\n");
        IndexOptions withRules = IndexOptions.rebuild(index, List.of()).withUpdate(true).withSynonyms(null, List.of(rules));
        run(withRules);
        assertEquals(built + 1, commitGeneration(), "new rules");
        run(withRules);
        assertEquals(built + 1, commitGeneration(), "the same rules");
        run(IndexOptions.rebuild(index, List.of()).withUpdate(true).withMerge(true));
        assertEquals(built + 2, commitGeneration(), "a merge");
        Path changed = records.resolve("_figures/PMC0001001__jhs-08-1012-g003.md");
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(1, run(IndexOptions.rebuild(index, List.of()).withUpdate(true)).figuresIndexed());
        assertEquals(built + 3, commitGeneration(), "a figure read again");
        assertEquals(1, metadata().synonymCounts().get(SynonymSource.USER.label()), "the rules were kept");
    }

    private long commitGeneration() throws IOException {
        try (FSDirectory directory = FSDirectory.open(index)) {
            return SegmentInfos.getLastCommitGeneration(directory);
        }
    }

    @Test
    void anUpdateOfANewSourceAddsItAndTheNextUpdateReadsBoth() throws Exception {
        run(rebuild());
        Path extra = temp.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("PMC0009998__extra.md"), Files.readString(
                records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md")).replace("PMC0001011__ccb-02-0301-f3", "PMC0009998__extra"));

        IndexSummary added = run(IndexOptions.rebuild(index, List.of(extra)).withUpdate(true));

        assertEquals(1, added.figuresIndexed());
        assertEquals(TESTDATA_FIGURES + 1, added.figuresInIndex());
        assertEquals(List.of(records.toAbsolutePath().normalize().toString(), extra.toAbsolutePath().normalize().toString()),
                metadata().sources());
        Path changed = records.resolve("_figures/PMC0001001__jhs-08-1012-g003.md");
        Files.writeString(changed, Files.readString(changed).replace("figtitle:", "figtitle: Revised"));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        IndexSummary both = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));
        assertEquals(1, both.figuresIndexed(), "the first source is still read");
        assertEquals(TESTDATA_FIGURES, both.figuresUnchanged());
    }

    @Test
    void aRecordedSourceThatIsGoneKeepsItsFiguresAndTheUpdateGoesOn() throws Exception {
        run(rebuild());
        Path extra = Files.createDirectories(temp.resolve("extra"));
        Files.writeString(extra.resolve("PMC0009998__extra.md"), Files.readString(
                records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md")).replace("PMC0001011__ccb-02-0301-f3", "PMC0009998__extra"));
        run(IndexOptions.rebuild(index, List.of(extra)).withUpdate(true));
        Files.delete(extra.resolve("PMC0009998__extra.md"));
        Files.delete(extra);
        Path changed = records.resolve("_figures/PMC0001001__jhs-08-1012-g003.md");
        Files.writeString(changed, Files.readString(changed).replace("figtitle:", "figtitle: Revised"));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        problems.clear();

        IndexSummary update = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));

        assertEquals(1, update.figuresIndexed(), "the other source was not updated");
        assertEquals(0, update.figuresRemoved());
        assertTrue(figids().contains("PMC0009998__extra"), "the figures of the missing source were removed");
        List<Problem> missing = problems.stream().filter(p -> p.kind() == ProblemKind.MISSING_SOURCE).toList();
        assertEquals(1, missing.size(), problems.toString());
        assertEquals(extra.toAbsolutePath().normalize(), missing.getFirst().path().toAbsolutePath().normalize());
        InvalidOptionException named = assertThrows(InvalidOptionException.class,
                () -> run(IndexOptions.rebuild(index, List.of(extra)).withUpdate(true)));
        assertTrue(named.getMessage().startsWith("source " + extra + " does not exist"), named.getMessage());
    }

    @Test
    void anUpdateNamingOneSourceKeepsTheFiguresOfAnotherThatIsGone() throws Exception {
        Path extra = Files.createDirectories(temp.resolve("extra"));
        Files.writeString(extra.resolve("PMC0009998__extra.md"), Files.readString(
                records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md")).replace("PMC0001011__ccb-02-0301-f3", "PMC0009998__extra"));
        run(IndexOptions.rebuild(index, List.of(records, extra)));
        Path unmounted = Files.move(extra, temp.resolve("extra.off"));
        problems.clear();

        IndexSummary update = run(IndexOptions.rebuild(index, List.of(records)).withUpdate(true));

        assertEquals(0, update.figuresRemoved());
        assertTrue(figids().contains("PMC0009998__extra"), "the figures of the missing source were removed");
        List<Problem> missing = problems.stream().filter(p -> p.kind() == ProblemKind.MISSING_SOURCE).toList();
        assertEquals(List.of(extra.toAbsolutePath().normalize()),
                missing.stream().map(p -> p.path().toAbsolutePath().normalize()).toList(), problems.toString());
        Files.move(unmounted, extra);
        assertEquals(TESTDATA_FIGURES + 1, run(IndexOptions.rebuild(index, List.of()).withUpdate(true)).figuresInIndex());
    }

    @Test
    void anUpdateWithoutSourcesNeedsAnIndex() throws IOException {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> run(IndexOptions.rebuild(index, List.of()).withUpdate(true)));
        assertTrue(error.getMessage().startsWith("no index at " + index + " to update: build one with"), error.getMessage());
        assertTrue(!Files.exists(index), "no folder left behind");
        Files.createDirectories(index);
        assertThrows(InvalidOptionException.class, () -> run(IndexOptions.rebuild(index, List.of()).withUpdate(true)),
                "an empty folder has no index to update either");
    }

    @Test
    void theSameFigidInTwoFilesIsOneFigureWithAWarningNamingBoth() throws Exception {
        Path original = records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md");
        Path copy = records.resolve("seeds/zz-copy.txt");
        Files.copy(original, copy);

        IndexSummary summary = run(rebuild());

        assertEquals(TESTDATA_FIGURES, summary.figuresInIndex());
        List<Problem> duplicates = problems.stream().filter(p -> p.kind() == ProblemKind.DUPLICATE_FIGID).toList();
        assertEquals(1, duplicates.size(), problems.toString());
        String message = duplicates.get(0).toString();
        assertTrue(message.contains("_figures") && message.contains("zz-copy.txt"), message);
    }

    @Test
    void anUpdateKeepsTheFileARebuildKeepsWhenANewFileHasAnIndexedFigid() throws Exception {
        run(rebuild());
        Path original = records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md");
        String figid = "PMC0001011__ccb-02-0301-f3";
        // Found before the original, which is unchanged: the original stays. On one thread, the copy
        // is written first, so the original must be written again.
        Path earlier = records.resolve("_figures/A-copy.md");
        Files.writeString(earlier, Files.readString(original).replace("figtitle:", "figtitle: Earlier"));

        IndexSummary first = run(IndexOptions.rebuild(index, List.of()).withUpdate(true).withThreads(1));

        assertEquals(TESTDATA_FIGURES, first.figuresInIndex());
        assertFalse(storedTitle(figid).startsWith("Earlier"), "the earlier new file replaced the later original");
        assertDuplicateWarning(earlier, original);
        problems.clear();
        // Found after the original: it replaces it, as in a rebuild.
        Path later = records.resolve("seeds/zz-copy.txt");
        Files.writeString(later, Files.readString(original).replace("figtitle:", "figtitle: Later"));

        run(IndexOptions.rebuild(index, List.of()).withUpdate(true));

        assertTrue(storedTitle(figid).startsWith("Later"), storedTitle(figid));
        String updated = storedTitle(figid);
        run(rebuild());
        assertEquals(storedTitle(figid), updated, "a rebuild keeps another file");
    }

    @Test
    void anUpdateWarnsWhenAFigureOfAnotherSourceIsReplaced() throws Exception {
        run(rebuild());
        Path original = records.resolve("_figures/PMC0001011__ccb-02-0301-f3.md");
        Path extra = Files.createDirectories(temp.resolve("extra"));
        Path copy = extra.resolve("copy.md");
        Files.writeString(copy, Files.readString(original).replace("figtitle:", "figtitle: Extra"));

        run(IndexOptions.rebuild(index, List.of(extra)).withUpdate(true));

        assertTrue(storedTitle("PMC0001011__ccb-02-0301-f3").startsWith("Extra"));
        List<Problem> duplicates = problems.stream().filter(p -> p.kind() == ProblemKind.DUPLICATE_FIGID).toList();
        assertEquals(1, duplicates.size(), problems.toString());
        String message = duplicates.getFirst().toString();
        assertTrue(message.contains(original.getFileName().toString()) && message.contains(copy.toString())
                && message.contains("outside the sources"), message);
    }

    @Test
    void tablesNamedAfterTheFigidOfARenamedRecordAreReadStampedAndNotOrphans() throws Exception {
        String figid = "PMC0001001__jhs-08-1012-g003";
        Files.move(records.resolve("_figures/" + figid + ".md"), records.resolve("_figures/renamed.md"));
        Path genes = records.resolve("_data/" + figid + "-genes.tsv");

        run(rebuild());

        assertTrue(problems.stream().noneMatch(p -> p.kind() == ProblemKind.ORPHAN_SIDECAR), problems.toString());
        assertTrue(storedGenes(figid).contains("IL6"), storedGenes(figid).toString());
        Files.writeString(genes, Files.readString(genes)
                + "9606\tHomo sapiens\tPrimates\tTP53\tTP53\tTP53\t7157\tncbigene_symbol\t1\t0\t1\n");
        Files.setLastModifiedTime(genes, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        IndexSummary changed = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));

        assertEquals(1, changed.figuresIndexed(), "the changed table was not seen");
        assertTrue(storedGenes(figid).contains("TP53"), storedGenes(figid).toString());
        IndexSummary again = run(IndexOptions.rebuild(index, List.of()).withUpdate(true));
        assertEquals(0, again.figuresIndexed());
        assertEquals(TESTDATA_FIGURES, again.figuresUnchanged());
        assertTrue(problems.stream().noneMatch(p -> p.kind() == ProblemKind.ORPHAN_SIDECAR), problems.toString());
    }

    @Test
    void aTableOfNoRecordIsStillAnOrphan() throws Exception {
        Files.writeString(records.resolve("_data/PMC0009876__nothing-genes.tsv"), "organism_id\tword\n");

        run(rebuild());

        assertEquals(1, problems.stream().filter(p -> p.kind() == ProblemKind.ORPHAN_SIDECAR).count(),
                problems.toString());
    }

    private List<String> storedGenes(String figid) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs found = searcher.search(new TermQuery(new Term(FigureFields.FIGID, figid)), 1);
            return Arrays.asList(searcher.storedFields().document(found.scoreDocs[0].doc).getValues(FigureFields.GENE));
        }
    }

    private void assertDuplicateWarning(Path dropped, Path kept) {
        List<Problem> duplicates = problems.stream().filter(p -> p.kind() == ProblemKind.DUPLICATE_FIGID).toList();
        assertEquals(1, duplicates.size(), problems.toString());
        String message = duplicates.getFirst().toString();
        assertTrue(message.startsWith(dropped.toString()) && message.contains("is also in " + kept), message);
    }

    private String storedTitle(String figid) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs found = searcher.search(new TermQuery(new Term(FigureFields.FIGID, figid)), 2);
            assertEquals(1, found.totalHits.value(), figid);
            return searcher.storedFields().document(found.scoreDocs[0].doc).get(FigureFields.FIGURE_TITLE);
        }
    }

    @Test
    void aBadRecordIsReportedAndTheRestIndexed() throws Exception {
        Files.writeString(records.resolve("_figures/broken.md"), "---\nfigid: [unclosed\n---\n");
        IndexSummary summary = run(rebuild());
        assertEquals(TESTDATA_FIGURES, summary.figuresInIndex());
        assertEquals(1, summary.filesSkipped());
        assertEquals(1L, summary.problems().get(ProblemKind.INVALID_YAML));
    }

    @Test
    void strictRunWithAProblemLeavesThePreviousIndexAsItWas() throws Exception {
        Set<String> before = indexThenBreakOneRecordAndDeleteAnother();

        IndexingException error = assertThrows(IndexingException.class, () -> run(rebuild().withStrict(true)));

        assertTrue(error.getMessage().contains("--strict"), error.getMessage());
        assertEquals(before, figids());
    }

    @Test
    void anErrorOnAnIndexingThreadStopsTheRunAndLeavesThePreviousIndexAsItWas() throws Exception {
        Set<String> before = indexThenBreakOneRecordAndDeleteAnother();
        IndexListener heapFull = new IndexListener() {
            @Override
            public void problem(Problem problem) {
                throw new OutOfMemoryError("test: heap full on " + Thread.currentThread().getName());
            }
        };

        OutOfMemoryError error = assertThrows(OutOfMemoryError.class,
                () -> new FigureIndexer(rebuild().withThreads(2), heapFull).run());

        assertTrue(error.getMessage().startsWith("test: heap full"), error.getMessage());
        assertFalse(error.getMessage().endsWith(Thread.currentThread().getName()), "thrown on the walking thread");
        assertEquals(before, figids());
    }

    @Test
    void aReaderOpenDuringARebuildKeepsSeeingTheOldIndex() throws Exception {
        run(rebuild());
        try (DirectoryReader old = DirectoryReader.open(FSDirectory.open(index))) {
            Files.delete(records.resolve("_figures/PMC0001012__msig-09-0777-f8.md"));
            run(rebuild());
            assertEquals(TESTDATA_FIGURES, old.numDocs());
            try (DirectoryReader fresh = DirectoryReader.openIfChanged(old)) {
                assertEquals(TESTDATA_FIGURES - 1, fresh.numDocs());
            }
        }
    }

    @Test
    void userSynonymFilesAreSavedWithTheIndexAndCounted() throws Exception {
        Path rules = temp.resolve("mine.txt");
        Files.writeString(rules, "# my rules\nosteoclastogenesis, osteoclast formation\nwingless => wg\n");
        run(rebuild().withSynonyms(null, List.of(rules)));
        IndexMetadata metadata = metadata();
        assertEquals(2, metadata.synonymCounts().get("user"));
        assertTrue(metadata.userRules().contains("wingless => wg"));

        run(IndexOptions.rebuild(index, List.of()).withUpdate(true));
        assertEquals(2, metadata().synonymCounts().get("user"), "an update keeps the saved rules");
    }

    @Test
    void aBadSynonymFileIsAUsageErrorNamingFileAndLine() throws Exception {
        Path rules = temp.resolve("bad.txt");
        Files.writeString(rules, "alpha1, beta2\nfoo => the\n");
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> run(rebuild().withSynonyms(null, List.of(rules))));
        assertTrue(error.getMessage().startsWith(rules + ":2:"), error.getMessage());
    }

    @Test
    void geneInfoAliasesOfAnyOrganismBecomeSynonyms() throws Exception {
        Path geneInfo = temp.resolve("Danio_rerio.gene_info");
        Files.writeString(geneInfo, String.join("\n",
                "#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\tdbXrefs\tchromosome\tmap_location\tdescription\ttype_of_gene",
                "7955\t30265\tctnnb1\t-\tbeta-catenin|armadillo-zf\t-\t-\t-\tcatenin beta 1\tprotein-coding",
                "7955\t30270\tlef1\t-\tLEF-1a\t-\t-\t-\tlymphoid enhancer\tprotein-coding", ""), StandardCharsets.UTF_8);
        run(rebuild().withSynonyms(geneInfo, List.of()));
        assertTrue(metadata().synonymCounts().get("gene_info") >= 2, metadata().synonymCounts().toString());
    }

    @Test
    void aMissingSourceIsAUsageError() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> run(IndexOptions.rebuild(index, List.of(temp.resolve("nowhere")))));
        assertTrue(error.getMessage().contains("nowhere"), error.getMessage());
    }

    @Test
    void aLockedIndexSaysWhatToDo() throws Exception {
        Files.createDirectories(index);
        try (IndexWriter other = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
            IndexingException error = assertThrows(IndexingException.class, () -> run(rebuild()));
            assertTrue(error.getMessage().contains("write.lock"), error.getMessage());
        }
    }
}
