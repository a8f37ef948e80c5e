package org.pfocr.source;

/** The sidecar tables a figure record can have, named {@code <figid>-<kind>.tsv}. */
enum SidecarKind {
    GENES("-genes.tsv"),
    CHEMICALS("-chemicals.tsv"),
    DISEASES("-diseases.tsv");

    private final String suffix;

    SidecarKind(String suffix) {
        this.suffix = suffix;
    }

    /** The sidecar's file name for a record named {@code name}. */
    String fileName(String name) {
        return name + suffix;
    }

    /**
     * The name of the record a sidecar file belongs to, e.g. {@code PMC1__f1} for
     * {@code PMC1__f1-genes.tsv}, or {@code null} when the file name is not a sidecar's.
     */
    static String recordName(String fileName) {
        for (SidecarKind kind : values()) {
            if (fileName.endsWith(kind.suffix) && fileName.length() > kind.suffix.length()) {
                return fileName.substring(0, fileName.length() - kind.suffix.length());
            }
        }
        return null;
    }
}
