package org.pfocr.generate;

import java.util.Map;

/**
 * One generated figure record, ready to write.
 *
 * @param figid its figid, which names its files
 * @param text the record file's text
 * @param sidecars the text of each sidecar table it has
 */
record GeneratedRecord(String figid, String text, Map<Sidecar, String> sidecars) {
}
