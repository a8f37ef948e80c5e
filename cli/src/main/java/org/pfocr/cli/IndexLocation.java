package org.pfocr.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the index lives when {@code --index} is not given. */
public final class IndexLocation {

    private IndexLocation() {}

    /**
     * {@code $PFOCR_INDEX} when set, else {@code $XDG_DATA_HOME/pfocr/index} when that is an absolute path
     * (the XDG base directory rule), else {@code ~/.local/share/pfocr/index}.
     */
    public static Path defaultDirectory(Map<String, String> env, String userHome) {
        String explicit = env.get("PFOCR_INDEX");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdgData = env.get("XDG_DATA_HOME");
        Path dataHome = xdgData != null && Path.of(xdgData).isAbsolute()
                ? Path.of(xdgData)
                : Path.of(userHome, ".local", "share");
        return dataHome.resolve("pfocr").resolve("index");
    }
}
