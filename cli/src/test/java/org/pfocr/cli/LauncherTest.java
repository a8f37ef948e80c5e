package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./pfocr} launcher's choices (which JDK, when to build), on a copy of it in a temporary
 * project with fake JDKs and a fake {@code mvn}, so these tests never start Maven or a JVM.
 */
class LauncherTest {

    @TempDir
    Path temp;

    private Path project;
    private Path launcher;
    private Path jar;
    private Path mavenLog;
    private Path jvms;
    private Path thpSetting;
    private Path meminfo;

    @BeforeEach
    void copyTheLauncherIntoAFakeProject() throws IOException {
        project = temp.resolve("project");
        launcher = project.resolve("pfocr");
        Files.createDirectories(project.resolve("bin"));
        Files.copy(LauncherRun.ROOT.resolve("pfocr"), launcher);
        Files.copy(LauncherRun.ROOT.resolve("bin/find-jdk.sh"), project.resolve("bin/find-jdk.sh"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("cli/src/main/java"));
        Files.createDirectories(project.resolve("cli/src/test/java"));
        jar = project.resolve("cli/target/pfocr.jar");
        mavenLog = temp.resolve("mvn.log");
        LauncherRun.script(temp.resolve("fakebin/mvn"),
                "echo \"$PWD $JAVA_HOME $*\" >> " + mavenLog + "\nmkdir -p cli/target && echo jar > cli/target/pfocr.jar");
        thpSetting = temp.resolve("thp-enabled");
        Files.writeString(thpSetting, "always madvise [never]\n");
        meminfo = temp.resolve("meminfo");
        Files.writeString(meminfo, "MemTotal:        2000000 kB\n");
        jvms = temp.resolve("jvm");
        LauncherRun.fakeJdk(jvms.resolve("jdk-9"), "9.0.4", true);
        LauncherRun.fakeJdk(jvms.resolve("jdk-8"), "1.8.0_392", true);
        LauncherRun.fakeJdk(jvms.resolve("jdk-17"), "17.0.15", true);
        LauncherRun.fakeJdk(jvms.resolve("jdk-21"), "21.0.8", true);
        LauncherRun.fakeJdk(jvms.resolve("jdk-25"), "25", true);
        LauncherRun.fakeJdk(jvms.resolve("jre-26"), "26.0.1", false);
    }

    private LauncherRun pfocr(Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(
                Map.of("PFOCR_JVM_DIR", jvms.toString(), "PFOCR_THP_SETTING", thpSetting.toString(),
                        "PFOCR_MEMINFO", meminfo.toString()));
        all.putAll(env);
        if (all.containsKey("PATH")) {
            all.put("PATH", all.get("PATH") + ":/usr/bin:/bin");
        }
        return LauncherRun.run(launcher, temp, all, args);
    }

    private Map<String, String> withFakeMaven() {
        return Map.of("PATH", temp.resolve("fakebin").toString());
    }

    private List<String> mavenRuns() throws IOException {
        return Files.exists(mavenLog) ? Files.readAllLines(mavenLog) : List.of();
    }

    private void makeJarFresh() throws IOException {
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void picksTheNewestJdkByMajorVersionNotByName() throws IOException {
        makeJarFresh();

        LauncherRun run = pfocr(Map.of(), "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "fake-jdk-25 -Xlog:disable -Xlog:all=warning:stderr --enable-native-access=ALL-UNNAMED"
                        + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dpfocr.stdin.tty=false -Dpfocr.stdout.tty=false"
                        + " -Dpfocr.stderr.tty=false"
                        + " -Dpfocr.home=" + jar.getParent().getParent().getParent() + " -jar " + jar + " --version",
                run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void javaHome21WinsOverNewerJdks() throws IOException {
        makeJarFresh();

        LauncherRun run = pfocr(Map.of("JAVA_HOME", jvms.resolve("jdk-21") + "/"), "x");

        assertTrue(run.out().startsWith("fake-jdk-21 "), run.out() + run.err());
    }

    @Test
    void javaHomeBelow21IsPassedOver() throws IOException {
        makeJarFresh();

        LauncherRun run = pfocr(Map.of("JAVA_HOME", jvms.resolve("jdk-17").toString()), "x");

        assertTrue(run.out().startsWith("fake-jdk-25 "), run.out() + run.err());
    }

    @Test
    void withoutAJdk21ItSaysWhatToDoInOneLine() throws IOException {
        makeJarFresh();

        LauncherRun run = pfocr(Map.of("PFOCR_JVM_DIR", temp.resolve("empty").toString()), "--version");

        assertEquals(1, run.exitCode());
        assertEquals(
                "pfocr: error: needs a Java 21+ JDK: set JAVA_HOME or install one (e.g. apt install openjdk-21-jdk)\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void jvmOptionsComeBeforeTheJarAndArgumentsStayWhole() throws IOException {
        makeJarFresh();

        LauncherRun run = pfocr(Map.of("PFOCR_JVM_OPTS", "-Xmx1g -Dx=y"), "search", "two words");

        assertTrue(run.out().contains(" -XX:+UseSerialGC -Xmx1g -Dx=y -Dpfocr.stdin.tty=false "), run.out());
        assertTrue(run.out().strip().endsWith("-jar " + jar + " search two words"), run.out());
    }

    @Test
    void onlyTheLongRunningCommandsKeepTheJvmDefaultsAndIndexingCompilesLess() throws IOException {
        makeJarFresh();

        String index = pfocr(Map.of(), "--index", "/i", "--verbose", "index", "src").out();
        assertFalse(index.contains("TieredStopAtLevel") || index.contains("UseSerialGC"), index);
        assertTrue(index.contains(" -XX:-UseOnStackReplacement -XX:InlineSmallCode=1000 "), index);
        String generate = pfocr(Map.of(), "generate", "--count", "9", "--from", "t", "out").out();
        assertFalse(generate.contains("TieredStopAtLevel") || generate.contains("UseSerialGC")
                || generate.contains("UseOnStackReplacement") || generate.contains("InlineSmallCode"), generate);
        String serve = pfocr(Map.of(), "--index", "i", "serve", "--port", "0").out();
        assertFalse(serve.contains("TieredStopAtLevel") || serve.contains("UseSerialGC")
                || serve.contains("UseOnStackReplacement") || serve.contains("InlineSmallCode"), serve);
        String search = pfocr(Map.of(), "search", "index").out();
        assertTrue(search.contains("TieredStopAtLevel=1") && !search.contains("UseOnStackReplacement"), search);
        assertTrue(pfocr(Map.of(), "--index", "index", "search", "p53").out().contains("TieredStopAtLevel=1"));
    }

    @Test
    void asksForTransparentHugePagesOnlyWhereTheKernelGivesThemOnRequest() throws IOException {
        makeJarFresh();
        String flag = " -XX:+UseTransparentHugePages ";

        Files.writeString(thpSetting, "always [madvise] never\n");
        assertTrue(pfocr(Map.of(), "search", "p53").out().contains(flag));
        assertTrue(pfocr(Map.of(), "index", "src").out().contains(flag));
        assertTrue(pfocr(Map.of(), "serve").out().contains(flag));
        assertTrue(pfocr(Map.of(), "--version").out().contains(flag));
        Files.writeString(thpSetting, "[always] madvise never\n");
        assertFalse(pfocr(Map.of(), "search", "p53").out().contains(flag));
        Files.writeString(thpSetting, "always madvise [never]\n");
        assertFalse(pfocr(Map.of(), "search", "p53").out().contains(flag));
        assertNoFlagWithout(thpSetting, flag, "search", "p53");
    }

    /** Deletes the file the launcher reads {@code flag}'s condition from; it then runs {@code args} without it. */
    private void assertNoFlagWithout(Path file, String flag, String... args) throws IOException {
        Files.delete(file);
        LauncherRun withoutTheFile = pfocr(Map.of(), args);
        assertEquals(0, withoutTheFile.exitCode(), withoutTheFile.err());
        assertFalse(withoutTheFile.out().contains(flag), withoutTheFile.out());
    }

    @Test
    void capsTheIndexingHeapAt1GbOnlyWhereTheJvmWouldAllowMore() throws IOException {
        makeJarFresh();
        String flag = " -Xmx1g ";

        Files.writeString(meminfo, "MemTotal:       24683356 kB\nMemFree:        17106400 kB\n");
        assertTrue(pfocr(Map.of(), "index", "src").out().contains(flag));
        assertTrue(pfocr(Map.of(), "--index", "idx", "index", "src").out().contains(flag));
        assertFalse(pfocr(Map.of(), "search", "p53").out().contains(flag));
        assertFalse(pfocr(Map.of(), "serve").out().contains(flag));
        LauncherRun overridden = pfocr(Map.of("PFOCR_JVM_OPTS", "-Xmx4g"), "index", "src");
        assertTrue(overridden.out().indexOf(flag) < overridden.out().indexOf(" -Xmx4g "), "the user's flag comes after");
        Files.writeString(meminfo, "MemTotal:        4194304 kB\n");
        assertTrue(pfocr(Map.of(), "index", "src").out().contains(flag), "4 GB: the JVM's own limit is 1 GB");
        Files.writeString(meminfo, "MemTotal:        4194303 kB\n");
        assertFalse(pfocr(Map.of(), "index", "src").out().contains(flag), "under 4 GB the JVM allows less");
        assertNoFlagWithout(meminfo, flag, "index", "src");
    }

    @Test
    void buildsOnFirstUseWithANoteThenNotAgain() throws IOException {
        LauncherRun first = pfocr(withFakeMaven(), "--version");

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("pfocr: building the CLI (first run or sources changed)…\n", first.err());
        assertEquals(List.of(project + " " + jvms.resolve("jdk-25") + " -q -B -Dmaven.test.skip=true -pl cli -am package"), mavenRuns());
        assertTrue(first.out().startsWith("fake-jdk-25 "), first.out());

        LauncherRun second = pfocr(withFakeMaven(), "--version");

        assertEquals("", second.err());
        assertEquals(1, mavenRuns().size());
    }

    @Test
    void rebuildsWhenAMainSourceOrPomChangesButNotForTestsOrBenchmarks() throws IOException {
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Instant jarTime = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(jar, FileTime.from(jarTime));
        try (Stream<Path> files = Files.walk(project.resolve("cli/src"))) {
            for (Path old : Stream.concat(files, Stream.of(project.resolve("pom.xml"))).toList()) {
                Files.setLastModifiedTime(old, FileTime.from(jarTime.minusSeconds(60)));
            }
        }
        Files.writeString(project.resolve("cli/src/test/java/SomeTest.java"), "class SomeTest {}");

        pfocr(withFakeMaven(), "--version");
        assertEquals(0, mavenRuns().size(), "a test source changed: no build needed");
        Files.createDirectories(project.resolve("bench/src/main/java"));
        Files.writeString(project.resolve("bench/src/main/java/Bench.java"), "class Bench {}");
        Files.writeString(project.resolve("bench/pom.xml"), "<project/>");
        pfocr(withFakeMaven(), "--version");
        assertEquals(0, mavenRuns().size(), "a benchmark changed: the CLI is not built from it");

        Files.writeString(project.resolve("cli/src/main/java/Main.java"), "class Main {}");
        LauncherRun run = pfocr(withFakeMaven(), "--version");

        assertEquals(1, mavenRuns().size(), run.err());
        assertTrue(Files.getLastModifiedTime(jar).toInstant().isAfter(jarTime), "the jar is marked fresh after a build");
    }

    @Test
    void failedBuildShowsMavensTailAndOneErrorLine() {
        LauncherRun.script(temp.resolve("failbin/mvn"), "echo '[ERROR] COMPILATION ERROR in Main.java'; exit 1");

        LauncherRun run = pfocr(Map.of("PATH", temp.resolve("failbin").toString()), "--version");

        assertEquals(1, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.contains("[ERROR] COMPILATION ERROR in Main.java"), run.err());
        assertTrue(lines.getLast().startsWith("pfocr: error: building the CLI failed"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noBuildModeNeverStartsMaven() throws IOException {
        Map<String, String> env = new HashMap<>(withFakeMaven());
        env.put("PFOCR_NO_BUILD", "1");

        LauncherRun run = pfocr(env, "--version");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("pfocr: error: " + jar + " is missing and PFOCR_NO_BUILD is set"), run.err());
        assertFalse(Files.exists(mavenLog));
    }

    @Test
    void withTestdataAndJdk25TheFirstRunPreparesTheStartUpCacheOnce() throws IOException {
        makeJarFresh();
        Files.createDirectories(project.resolve("testdata/figures"));

        LauncherRun first = pfocr(Map.of(), "search", "p53");
        LauncherRun second = pfocr(Map.of(), "search", "p53");
        LauncherRun firstIndex = pfocr(Map.of(), "index", "src");
        LauncherRun secondIndex = pfocr(Map.of(), "index", "src");
        LauncherRun firstHelp = pfocr(Map.of(), "--help");
        LauncherRun secondHelp = pfocr(Map.of(), "--version");

        assertEquals("pfocr: preparing the start-up cache (once per build)…\n", first.err());
        assertEquals("", second.err(), "a cache that could not be made is not tried again for this jar");
        assertFalse(second.out().contains("AOTCache"), second.out());
        assertEquals("pfocr: preparing the indexing start-up cache (once per build, about 10 s)…\n", firstIndex.err(),
                "indexing has a cache of its own");
        assertEquals("", secondIndex.err());
        assertEquals("pfocr: preparing the start-up cache for help (once per build)…\n", firstHelp.err(),
                "a command line without a command has a cache of its own");
        assertEquals("", secondHelp.err());
    }

    @Test
    void eachCacheNewerThanTheJarServesItsOwnCommands() throws IOException {
        makeJarFresh();
        Path searchCache = project.resolve("cli/target/pfocr.aot");
        Path indexCache = project.resolve("cli/target/pfocr-index.aot");
        Path helpCache = project.resolve("cli/target/pfocr-help.aot");
        for (Path cache : List.of(searchCache, indexCache, helpCache)) {
            Files.writeString(cache, "cache");
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plusSeconds(120)));
        }

        String search = pfocr(Map.of(), "search", "p53").out();
        String index = pfocr(Map.of(), "index", "src").out();
        String generate = pfocr(Map.of(), "generate", "--count", "1", "out").out();
        String serve = pfocr(Map.of(), "serve").out();
        String version = pfocr(Map.of(), "--index", "search", "--version").out();
        String help = pfocr(Map.of(), "help", "search").out();
        String jdk21 = pfocr(Map.of("JAVA_HOME", jvms.resolve("jdk-21").toString()), "search", "p53").out();

        assertTrue(search.contains(" -Xlog:aot*=off:stderr -Xlog:cds*=off:stderr -XX:AOTCache=" + searchCache + " "), search);
        assertTrue(index.contains(" -XX:AOTCache=" + indexCache + " "), index);
        assertTrue(version.contains(" -XX:AOTCache=" + helpCache + " "), version);
        assertTrue(help.contains(" -XX:AOTCache=" + helpCache + " "), "pfocr help is help: " + help);
        assertFalse(generate.contains("AOTCache"), generate);
        assertFalse(serve.contains("AOTCache"), serve);
        assertFalse(jdk21.contains("AOTCache"), "JDK 21 has no AOT cache: " + jdk21);
    }

    @Test
    void noBuildModeNeverPreparesTheCache() throws IOException {
        makeJarFresh();
        Files.createDirectories(project.resolve("testdata/figures"));

        LauncherRun run = pfocr(Map.of("PFOCR_NO_BUILD", "1"), "search", "p53");

        assertEquals("", run.err());
        assertFalse(Files.exists(project.resolve("cli/target/pfocr.aot-failed")));
    }

    @Test
    void handsReadOnlyCommandsToTheServerItFindsAndRunsTheRestItself() throws Exception {
        makeJarFresh();
        Path runtime = Files.createDirectories(temp.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        String token = "0123456789abcdef0123456789abcdef";
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/cli", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(exchange.getRequestHeaders().getFirst("X-Pfocr-Token") + " "
                    + new String(body, StandardCharsets.UTF_8).replace('\0', '|'));
            String text = new String(body, StandardCharsets.UTF_8);
            boolean refuse = text.contains("refuse");
            byte[] answer = (refuse ? "{}" : text.contains("long") ? "κ".repeat(50_000) + "\n" : "served κ\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refuse ? 409 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            Path announcement = runtime.resolve("serve-" + port);
            Files.writeString(announcement, port + " 127.0.0.1 " + token + " " + project.toRealPath() + "\n");
            Files.setLastModifiedTime(announcement, FileTime.from(Instant.now().plusSeconds(120)));
            Map<String, String> env = Map.of("PFOCR_RUNTIME_DIR", runtime.toString(), "PFOCR_INDEX", "idx");

            // A query of UTF-8 bytes, made by printf: a JVM in the C locale (a bare CI environment)
            // cannot pass non-ASCII arguments to a process itself.
            Path typed = LauncherRun.script(temp.resolve("typed"),
                    "exec '" + launcher + "' --index 'my index' search \"$(printf 'NF-\\316\\272B AND p53')\"");
            Map<String, String> all = new HashMap<>(env);
            all.put("PFOCR_JVM_DIR", jvms.toString());
            LauncherRun served = LauncherRun.run(typed, temp, all);
            assertEquals(0, served.exitCode(), served.err());
            assertEquals("served κ\n", served.out());
            assertEquals(List.of(token + " pfocr-command/1|cwd|" + temp + "|env|PFOCR_INDEX=idx|env|HOME="
                    + System.getProperty("user.home") + "|env|LC_ALL=C.UTF-8|arg|--index|arg|my index|arg|search|arg|NF-κB AND p53|"),
                    requests, "the request, from a bare environment, whose C locale the launcher makes C.UTF-8");

            assertEquals("κ".repeat(50_000) + "\n", pfocr(env, "search", "long").out(), "an answer of 100 KB");
            assertTrue(pfocr(env, "search", "refuse").out().startsWith("fake-jdk-25 "), "a 409 is run by the launcher");
            assertTrue(pfocr(env, "index", "src").out().startsWith("fake-jdk-25 "), "index is never handed over");
            Map<String, String> noServer = new HashMap<>(env);
            noServer.put("PFOCR_NO_SERVER", "1");
            assertTrue(pfocr(noServer, "search", "p53").out().startsWith("fake-jdk-25 "), "PFOCR_NO_SERVER");
            assertEquals(3, requests.size(), requests.toString());

            Files.setLastModifiedTime(announcement, FileTime.from(Instant.now()));
            assertTrue(pfocr(env, "search", "p53").out().startsWith("fake-jdk-25 "), "a server older than the jar");
            Files.setLastModifiedTime(announcement, FileTime.from(Instant.now().plusSeconds(120)));
            Files.writeString(announcement, port + " 127.0.0.1 " + token + " /another/project\n");
            assertTrue(pfocr(env, "search", "p53").out().startsWith("fake-jdk-25 "), "another project's server");
            assertEquals(3, requests.size(), requests.toString());
        } finally {
            server.stop(0);
        }
        LauncherRun gone = pfocr(Map.of("PFOCR_RUNTIME_DIR", runtime.toString()), "search", "p53");
        assertTrue(gone.out().startsWith("fake-jdk-25 "), "a server that has gone: " + gone.out() + gone.err());
        assertEquals("", gone.err());
    }
}
