import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the CLI (run by Maven with JDK 24+, as a single-file program): rewrites the class
 * files of the jars in a folder that are older than Java 6 (class file version 50) as Java 8 ones
 * (version 52), the same bytecode with stack maps added.
 *
 * <p>Why: picocli is compiled for Java 5. The JVM checks such classes with its old, slow verifier at
 * every start, and JDK 25's ahead-of-time cache cannot hold them, so every {@code pfocr} command paid
 * for loading and verifying picocli anew (README, Performance). Jars whose classes are all version 50
 * or newer are left as they are; running the step twice changes nothing.
 *
 * <p>Usage: {@code java ClassFileUpgrade.java FOLDER}
 */
public final class ClassFileUpgrade {

    /** The oldest class file version with stack maps, which the JVM verifies fast and the AOT cache holds. */
    private static final int STACK_MAP_VERSION = 50;
    /** The version rewritten classes get: Java 8's, which every JDK the CLI runs on reads. */
    private static final int TARGET_VERSION = 52;

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java ClassFileUpgrade.java FOLDER");
            System.exit(2);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            int upgraded = upgrade(jar);
            if (upgraded > 0) {
                System.out.println("ClassFileUpgrade: " + jar.getFileName() + ": " + upgraded
                        + " classes rewritten from before Java 6 to class file version " + TARGET_VERSION);
            }
        }
    }

    /** Rewrites the old classes of {@code jar} in place; returns how many there were. */
    private static int upgrade(Path jar) throws IOException {
        Map<String, byte[]> entries = read(jar);
        ClassFile classFile = ClassFile.of(
                ClassFile.ClassHierarchyResolverOption.of(
                        ClassHierarchyResolver.ofResourceParsing(desc -> classBytes(entries, desc.descriptorString()))
                                .orElse(ClassHierarchyResolver.defaultResolver())),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        ClassTransform newVersion = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(TARGET_VERSION, 0);
            } else {
                builder.with(element);
            }
        };
        // Rebuilding every method body is what makes the library generate its stack map.
        ClassTransform upgrade = newVersion.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
        int upgraded = 0;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".class") && !entry.getKey().startsWith("META-INF/")) {
                ClassModel model = classFile.parse(entry.getValue());
                if (model.majorVersion() < STACK_MAP_VERSION) {
                    entry.setValue(classFile.transformClass(model, upgrade));
                    upgraded++;
                }
            }
        }
        if (upgraded > 0) {
            write(entries, jar);
        }
        return upgraded;
    }

    /** The bytes of the class with descriptor {@code Lname;} when {@code entries} hold it, else {@code null}. */
    private static InputStream classBytes(Map<String, byte[]> entries, String descriptor) {
        byte[] bytes = entries.get(descriptor.substring(1, descriptor.length() - 1) + ".class");
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes {@code entries} to a new jar beside {@code jar}, then moves it over {@code jar}. */
    private static void write(Map<String, byte[]> entries, Path jar) throws IOException {
        Path temporary = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
        try {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
                entries.forEach((name, bytes) -> {
                    try {
                        out.putNextEntry(new ZipEntry(name));
                        out.write(bytes);
                        out.closeEntry();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
