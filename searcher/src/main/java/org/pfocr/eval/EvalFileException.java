package org.pfocr.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A queries, judgments or pinned-scores file that cannot be read as such. The message starts
 * with {@code file:line:} and says what the line should look like.
 */
public final class EvalFileException extends IOException {

    private final transient Path file;
    private final int line;

    /** A problem on {@code line} (1-based) of {@code file}. */
    public EvalFileException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
