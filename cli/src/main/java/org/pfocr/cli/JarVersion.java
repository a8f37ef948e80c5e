package org.pfocr.cli;

import picocli.CommandLine.IVersionProvider;

/** The {@code --version} text: the jar manifest's Implementation-Version and the Java runtime. */
public final class JarVersion implements IVersionProvider {

    /** The version when the classes do not run from the built jar (e.g. in an IDE or unit test). */
    private static final String UNPACKAGED = "(unpackaged build)";

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }

    /** The one line {@code pfocr --version} prints. */
    static String text() {
        String version = JarVersion.class.getPackage().getImplementationVersion();
        return "pfocr " + (version != null ? version : UNPACKAGED) + " (Java " + Runtime.version().feature() + ")";
    }
}
