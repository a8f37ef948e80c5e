package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleTest {

    @Test
    void colourOnlyOnATerminal() {
        assertTrue(Style.useColour(false, Map.of(), true));
        assertFalse(Style.useColour(false, Map.of(), false));
    }

    @Test
    void noColorOptionTurnsColourOff() {
        assertFalse(Style.useColour(true, Map.of(), true));
    }

    @Test
    void noColorVariableWithAnyValueTurnsColourOff() {
        assertFalse(Style.useColour(false, Map.of("NO_COLOR", "1"), true));
        assertFalse(Style.useColour(false, Map.of("NO_COLOR", "false"), true));
    }

    @Test
    void emptyNoColorVariableIsIgnoredAsNoColorOrgSays() {
        assertTrue(Style.useColour(false, Map.of("NO_COLOR", ""), true));
    }

    @Test
    void dumbTerminalGetsNoColour() {
        assertFalse(Style.useColour(false, Map.of("TERM", "dumb"), true));
        assertTrue(Style.useColour(false, Map.of("TERM", "xterm-256color"), true));
    }

    @Test
    void plainStyleLeavesTextAlone() {
        Style plain = new Style(false);

        assertEquals("p53", plain.bold("p53") + plain.highlight("") + plain.dim(""));
    }

    @Test
    void ansiStyleWrapsAndResets() {
        Style ansi = new Style(true);

        assertEquals("\033[1mp53\033[0m", ansi.bold("p53"));
        assertEquals("\033[1;33mp53\033[0m", ansi.highlight("p53"));
        assertEquals("\033[2mp53\033[0m", ansi.dim("p53"));
    }

    @Test
    void launcherPropertyDecidesWhetherStdoutIsATerminal() {
        String old = System.getProperty("pfocr.stdout.tty");
        try {
            System.setProperty("pfocr.stdout.tty", "true");
            assertTrue(Terminal.stdoutIsTerminal());
            System.setProperty("pfocr.stdout.tty", "false");
            assertFalse(Terminal.stdoutIsTerminal());
            assertFalse(Style.forStdout(false, Caller.thisProcess()).enabled());
        } finally {
            restore("pfocr.stdout.tty", old);
        }
    }

    static void restore(String property, String old) {
        if (old == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, old);
        }
    }
}
