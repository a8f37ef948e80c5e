package org.pfocr.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The content lines of a text file, numbered: blank lines and {@code #} comments are left out. */
record TsvLines(Path file, List<Line> lines) {

    /** One content line and its 1-based number. */
    record Line(int number, String text) {
    }

    static TsvLines read(Path file) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> content = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String text = i == 0 && all.get(i).startsWith("\uFEFF") ? all.get(i).substring(1) : all.get(i);
            if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
                content.add(new Line(i + 1, text));
            }
        }
        return new TsvLines(file, List.copyOf(content));
    }

    EvalFileException error(Line line, String problem) {
        return new EvalFileException(file, line.number(), problem);
    }
}
