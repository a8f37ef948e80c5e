package org.pfocr.index;

/**
 * What the index holds of one record file, for an update: the stamp of the file it was read from
 * (to tell whether the file changed) and its figure's figid.
 *
 * @param stamp the file's {@link org.pfocr.document.SourceStamp} when it was indexed
 * @param figid the figid of its figure
 */
record IndexedFile(String stamp, String figid) {
}
