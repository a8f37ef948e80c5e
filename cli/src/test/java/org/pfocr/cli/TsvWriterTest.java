package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvWriterTest {

    @Test
    void escapesBackslashTabNewlineAndCarriageReturn() {
        assertEquals("a\\tb\\nc\\rd\\\\e", TsvWriter.escape("a\tb\nc\rd\\e"));
        assertEquals("\\\\t", TsvWriter.escape("\\t"));
    }

    @Test
    void showsOtherControlCharactersAsReplacementCharacters() {
        assertEquals("\uFFFD[31mRED\uFFFD]0;x\uFFFD \uFFFD\uFFFD\uFFFD\\t", TsvWriter.escape("\u001b[31mRED\u001b]0;x\u0007 \u007f\u0085\u009b\t"));
        assertEquals("NF-\u03baB\u00a0p65", TsvWriter.escape("NF-\u03baB\u00a0p65"));
    }

    @Test
    void nullIsEmptyAndOtherValuesUseToString() {
        assertEquals("", TsvWriter.escape(null));
        assertEquals("2.5", TsvWriter.escape(2.5));
    }

    @Test
    void writesHeaderThenOneLinePerRow() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        TsvWriter tsv = new TsvWriter(out, List.of("figid", "title", "year"));
        tsv.row("PMC1__g1", "WNT\tsignalling\nin mice", 2020);
        tsv.row(List.of("PMC2__g2", "", "NA"));
        out.flush();

        assertEquals(
                List.of("figid\ttitle\tyear", "PMC1__g1\tWNT\\tsignalling\\nin mice\t2020", "PMC2__g2\t\tNA"),
                text.toString().lines().toList());
    }

    @Test
    void rowWithTheWrongNumberOfValuesIsRefused() {
        TsvWriter tsv = new TsvWriter(new PrintWriter(new StringWriter()), List.of("a", "b"));

        assertThrows(IllegalArgumentException.class, () -> tsv.row("only one"));
    }
}
