package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void c0DelAndC1ControlsButTabAndLineFeedAreShownAsReplacementCharacters() {
        assertEquals("\uFFFD[31mRED\uFFFD]0;x\uFFFD a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFD\tc\nd",
                ControlCharacters.shown("\u001b[31mRED\u001b]0;x\u0007 a\rb\u0000\u007f\u0085\u009b\tc\nd"));
    }

    @Test
    void textWithoutControlsIsLeftAsItIs() {
        String text = "NF-\u03baB\u00a0p65 \u00e9 \u4e2d \uD83E\uDDEC";
        assertSame(text, ControlCharacters.shown(text));
        assertNull(ControlCharacters.shown(null));
    }
}
