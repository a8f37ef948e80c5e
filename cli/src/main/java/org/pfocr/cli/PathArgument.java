package org.pfocr.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a file or folder argument. An empty one is refused rather than read as the current folder:
 * it is most often an unset shell variable ({@code --index "$IDX"}), and an index written into,
 * or a source walked from, wherever the command happened to run is never what was meant.
 */
final class PathArgument implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty path (an unset variable?): name a file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
    }
}
