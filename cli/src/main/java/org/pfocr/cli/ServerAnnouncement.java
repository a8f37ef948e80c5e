package org.pfocr.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The file by which the {@code pfocr} launchers of this user find a running {@code pfocr serve} to
 * hand their commands to: {@code serve-PORT} in the launcher's private runtime folder (it passes it
 * as {@value #PROPERTY}), one line of the port, the address to connect to, the server's command
 * token and the project folder of its jar. Readable by this user only, since the token lets
 * whoever has it run commands as this user; removed when the server stops.
 */
final class ServerAnnouncement implements AutoCloseable {

    /** The system property naming the runtime folder, set by the launcher. */
    static final String PROPERTY = "pfocr.runtime.dir";

    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    private ServerAnnouncement(Path file) {
        this.file = file;
    }

    /**
     * Announces the server at {@code bound} with {@code token} in {@code folder} (made private if
     * missing), for the launchers of the project at {@code home}.
     *
     * @throws IOException when the folder cannot be made or written, or is not this user's alone
     * @throws IllegalArgumentException when the server listens on an address launchers cannot reach
     *     over loopback
     */
    static ServerAnnouncement publish(Path folder, InetSocketAddress bound, String token, Path home) throws IOException {
        InetAddress address = bound.getAddress();
        if (!address.isLoopbackAddress() && !address.isAnyLocalAddress()) {
            throw new IllegalArgumentException("it listens on " + address.getHostAddress() + ", not on loopback");
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
        String user = System.getProperty("user.name");
        if (!permissions.equals(PRIVATE_FOLDER) || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
            throw new IOException(folder + " is not a folder of " + user + "'s alone (rwx------)");
        }
        String host = address.isAnyLocalAddress() || address.getAddress().length == 4 ? "127.0.0.1" : "::1";
        String line = bound.getPort() + " " + host + " " + token + " " + home.toAbsolutePath() + "\n";
        Path written = Files.createTempFile(folder, "serve-", ".new", PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        Path file = folder.resolve("serve-" + bound.getPort());
        try {
            Files.writeString(written, line, StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
        return new ServerAnnouncement(file);
    }

    /** The announcement's file. */
    Path file() {
        return file;
    }

    /** Removes the file: launchers no longer find the server. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
