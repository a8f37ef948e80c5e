package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jars the launcher runs ({@code cli/target/lib}) after the build's class file upgrade
 * ({@code cli/src/build/ClassFileUpgrade.java}, JDK 24+): picocli's classes are Java 8 class files
 * whose stack maps pass the JVM's verifier, so that the AOT cache can hold them.
 */
class RuntimeJarsIT {

    private static final Path LIB = LauncherRun.ROOT.resolve("cli/target/lib");

    @Test
    void picocliClassesAreJava8ClassFilesThatPassTheVerifier() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "JDK " + Runtime.version().feature()
                + " has no java.lang.classfile: the build leaves picocli's class files as they are");
        Path picocli;
        try (var jars = Files.list(LIB)) {
            picocli = jars.filter(jar -> jar.getFileName().toString().startsWith("picocli-")).findFirst().orElseThrow();
        }
        List<String> classes = new ArrayList<>();
        try (JarFile jar = new JarFile(picocli.toFile())) {
            for (var entry : jar.stream().filter(RuntimeJarsIT::isClass).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    assertEquals(52, majorVersion(in), entry.getName());
                }
                classes.add(entry.getName().replace('/', '.').replaceAll("\\.class$", ""));
            }
        }
        assertFalse(classes.isEmpty(), "no classes in " + picocli);
        // Initialising links, and linking verifies: with version 52 there is no falling back to the old verifier.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {picocli.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                Class<?> type = Class.forName(name, true, loader);
                assertTrue(type.getClassLoader() == loader, name + " was not loaded from " + picocli);
            }
        }
    }

    /** A class of the jar's own (not the module descriptor under {@code META-INF/versions}). */
    private static boolean isClass(JarEntry entry) {
        return entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/");
    }

    private static int majorVersion(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        assertEquals(0xCAFEBABE, in.readInt());
        in.readUnsignedShort(); // minor version
        return in.readUnsignedShort();
    }
}
