package org.pfocr.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example in README.md, compiled as it stands there, in a package of its own (so it
 * can use only the public API), and run against an index of the bundled testdata.
 */
class EmbeddingExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "## Embedding API.*?```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void theReadmeExampleCompilesAndRunsAgainstThePublicApi() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("pfocr.readme", "../README.md")));
        Matcher example = EXAMPLE.matcher(readme);
        assertTrue(example.find(), "README.md has no ```java block under '## Embedding API'");
        String code = "package example;\n" + example.group(1);
        assertTrue(code.lines().filter(line -> !line.isBlank()).count() <= 25, "the example should stay short");

        Path source = temp.resolve("src/example/Example.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, code);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), source.toString());
        assertEquals(0, compiled, "the README example does not compile");

        Path index = TestIndexes.index(temp.resolve("index"), List.of(TestIndexes.testdata().resolve("figures")));
        String output = run(classes, index);
        assertTrue(output.contains("PMC0001001__jhs-08-1012-g003"), output);
    }

    private static String run(Path classes, Path index) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EmbeddingExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass("example.Example").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {index.toString()});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
