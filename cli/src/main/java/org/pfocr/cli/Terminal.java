package org.pfocr.cli;

import java.io.Console;

/**
 * Whether standard input, output and error are terminals. The {@code pfocr} launcher knows for sure
 * and passes {@code -Dpfocr.stdin.tty}, {@code -Dpfocr.stdout.tty} and {@code -Dpfocr.stderr.tty}; without them (an IDE, a test,
 * {@code java -jar}), the JVM's console decides for both streams.
 */
final class Terminal {

    private Terminal() {}

    /** Whether standard output is a terminal. */
    static boolean stdoutIsTerminal() {
        return isTerminal("pfocr.stdout.tty");
    }

    /** Whether standard error is a terminal. */
    static boolean stderrIsTerminal() {
        return isTerminal("pfocr.stderr.tty");
    }

    /**
     * Whether standard input is a terminal (nothing is piped in). Only the launcher can tell; without
     * its {@code -Dpfocr.stdin.tty}, input is taken to be a terminal, so nothing waits on it.
     */
    static boolean stdinIsTerminal() {
        return Boolean.parseBoolean(System.getProperty("pfocr.stdin.tty", "true"));
    }

    private static boolean isTerminal(String launcherProperty) {
        String told = System.getProperty(launcherProperty);
        return told != null ? Boolean.parseBoolean(told) : consoleIsTerminal();
    }

    /**
     * Up to JDK 21 a console exists only when standard input and output are terminals; from JDK 22 one may
     * exist anyway, and {@code Console.isTerminal()} (absent from the Java 21 API we compile against) says.
     */
    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException jdk21) {
            return true;
        } catch (ReflectiveOperationException unexpected) {
            return false;
        }
    }
}
