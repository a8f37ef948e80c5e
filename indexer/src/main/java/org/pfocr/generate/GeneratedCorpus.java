package org.pfocr.generate;

import java.time.Duration;

/**
 * What {@link CorpusGenerator#generate} wrote.
 *
 * @param figures records written
 * @param files files written: records and sidecar tables
 * @param bytes bytes written
 * @param templates template records used
 * @param skippedTemplates record files in the template folder that could not be used
 * @param elapsed wall time
 */
public record GeneratedCorpus(long figures, long files, long bytes, int templates, int skippedTemplates,
        Duration elapsed) {
}
