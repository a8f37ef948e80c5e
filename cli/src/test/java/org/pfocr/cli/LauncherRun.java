package org.pfocr.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a {@code pfocr} launcher script as a separate process, in a bare environment. */
record LauncherRun(int exitCode, String out, String err) {

    /** The repository root: surefire and failsafe run in the cli module's directory. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /**
     * Runs {@code launcher args...} in {@code directory} with only {@code PATH=/usr/bin:/bin}, {@code HOME},
     * a runtime folder of its own (so that no server the user runs answers) and {@code env}; standard
     * input is empty and the outputs are files, so none is a terminal.
     */
    static LauncherRun run(Path launcher, Path directory, Map<String, String> env, String... args) {
        try {
            Path out = Files.createTempFile(directory, "out", ".txt");
            Path err = Files.createTempFile(directory, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(launcher.toString());
            builder.command().addAll(List.of(args));
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            builder.environment().put("HOME", System.getProperty("user.home"));
            builder.environment().put("PFOCR_RUNTIME_DIR", directory.resolve("pfocr-runtime").toString());
            builder.environment().putAll(env);
            Process process = builder.directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(launcher + " did not finish within 120 s");
            }
            return new LauncherRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Writes an executable shell script. */
    static Path script(Path file, String body) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fake JDK at {@code home}: a release file saying {@code javaVersion}, a {@code bin/java} that prints
     * {@code fake-<name> <its arguments>}, and (when {@code withJavac}) a {@code bin/javac}.
     */
    static Path fakeJdk(Path home, String javaVersion, boolean withJavac) {
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
            script(home.resolve("bin/java"), "echo \"fake-" + home.getFileName() + " $*\"");
            if (withJavac) {
                script(home.resolve("bin/javac"), "exit 0");
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
