package org.pfocr.cli;

import java.io.IOException;
import org.pfocr.generate.CorpusGenerator;
import org.pfocr.generate.GenerateException;
import org.pfocr.generate.GeneratedCorpus;
import org.pfocr.record.FileErrors;

/** Runs {@code pfocr generate}, kept apart from {@link GenerateCommand} so picocli never loads the generator. */
final class GenerateRun {

    private GenerateRun() {
    }

    static void run(GenerateCommand command) {
        GeneratedCorpus corpus;
        try {
            corpus = CorpusGenerator.generate(command.templates, command.out, command.count, command.seed);
        } catch (GenerateException e) {
            throw CliFailure.usage(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliFailure("writing the corpus into " + command.out + " failed: " + FileErrors.describe(e), e);
        }
        command.out().printf("Generated %,d figures (%,d files, %.1f MB) into %s from %d templates%s in %.1f s.%n",
                corpus.figures(), corpus.files(), corpus.bytes() / 1e6, command.out, corpus.templates(),
                corpus.skippedTemplates() == 0 ? "" : " (" + corpus.skippedTemplates() + " unusable records skipped)",
                corpus.elapsed().toMillis() / 1000.0);
        command.out().flush();
    }
}
