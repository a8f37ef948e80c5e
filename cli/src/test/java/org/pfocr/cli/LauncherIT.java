package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./pfocr} launcher running the real jar, from a bare environment (no JAVA_HOME,
 * {@code PATH=/usr/bin:/bin}). Failsafe runs it after {@code package}; {@code PFOCR_NO_BUILD=1} keeps the
 * launcher from starting Maven inside this Maven build.
 */
class LauncherIT {

    private static final String EXPECTED = "pfocr " + System.getProperty("pfocr.version") + " (Java ";

    @TempDir
    Path temp;

    private Path jdkLink;
    private Path launcherLink;

    /** JUnit warns about symbolic links pointing out of a temporary directory: remove them first. */
    @AfterEach
    void removeLinks() throws IOException {
        for (Path link : new Path[] {jdkLink, launcherLink}) {
            if (link != null) {
                Files.deleteIfExists(link);
            }
        }
    }

    @Test
    void versionThroughASymlinkFromAnotherDirectoryFindingTheJdkByItself() throws IOException {
        Path jvms = Files.createDirectories(temp.resolve("jvm"));
        jdkLink = Files.createSymbolicLink(jvms.resolve("the-jdk-running-this-test"), Path.of(System.getProperty("java.home")));
        launcherLink = Files.createSymbolicLink(temp.resolve("pfocr-link"), LauncherRun.ROOT.resolve("pfocr"));

        LauncherRun run = LauncherRun.run(launcherLink, temp, Map.of("PFOCR_NO_BUILD", "1", "PFOCR_JVM_DIR", jvms.toString()), "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(EXPECTED + Runtime.version().feature() + ")\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void versionWithTheSystemJdkDirectory() {
        assumeTrue(Path.of(System.getProperty("java.home")).startsWith("/usr/lib/jvm"),
                "the JDK running the tests is not under /usr/lib/jvm: skipping the check of the default JDK search");

        LauncherRun run = LauncherRun.run(LauncherRun.ROOT.resolve("pfocr"), temp, Map.of("PFOCR_NO_BUILD", "1"), "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(EXPECTED), run.out());
    }

    @Test
    void usageErrorExitsWith2() {
        LauncherRun run = LauncherRun.run(
                LauncherRun.ROOT.resolve("pfocr"), temp, Map.of("PFOCR_NO_BUILD", "1", "JAVA_HOME", System.getProperty("java.home")), "search");

        assertEquals(2, run.exitCode());
        assertEquals("pfocr: error: missing QUERY (see 'pfocr search --help')\n", run.err());
    }

    @Test
    void aMistypedPfocrIndexIsAnErrorNotTheDemoIndex() {
        Path typo = temp.resolve("pfocr-idnex");
        LauncherRun run = LauncherRun.run(LauncherRun.ROOT.resolve("pfocr"), temp, Map.of("PFOCR_NO_BUILD", "1",
                "JAVA_HOME", System.getProperty("java.home"), "PFOCR_INDEX", typo.toString()), "search", "STAT3");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("pfocr: error: no index at " + typo), run.err());
        assertEquals("", run.out());
        assertTrue(!Files.exists(typo), "nothing built there");
    }
}
