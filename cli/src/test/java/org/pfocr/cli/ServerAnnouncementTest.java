package org.pfocr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file by which launchers find a server: private, one line, gone when the server stops. */
class ServerAnnouncementTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path temp;

    @Test
    void aPrivateFileOfOneLineInAPrivateFolderRemovedOnClose() throws IOException {
        Path folder = temp.resolve("runtime");
        Path home = temp.resolve("project");
        ServerAnnouncement announcement = ServerAnnouncement.publish(folder,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 8642), TOKEN, home);

        assertEquals(folder.resolve("serve-8642"), announcement.file());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(announcement.file())));
        assertEquals("8642 127.0.0.1 " + TOKEN + " " + home + "\n", Files.readString(announcement.file()));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "a temporary file was left");
        }
        announcement.close();
        assertFalse(Files.exists(announcement.file()));
    }

    @Test
    void launchersConnectOverLoopbackToAServerOnEveryAddress() throws IOException {
        ServerAnnouncement any = ServerAnnouncement.publish(temp.resolve("any"), new InetSocketAddress("0.0.0.0", 9000), TOKEN, temp);
        assertTrue(Files.readString(any.file()).startsWith("9000 127.0.0.1 "));
        ServerAnnouncement six = ServerAnnouncement.publish(temp.resolve("six"), new InetSocketAddress("::1", 9001), TOKEN, temp);
        assertTrue(Files.readString(six.file()).startsWith("9001 ::1 "));
    }

    @Test
    void refusesASharedFolderAndAnAddressOffLoopback() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        IOException notPrivate = assertThrows(IOException.class, () -> ServerAnnouncement.publish(shared,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 8642), TOKEN, temp));
        assertTrue(notPrivate.getMessage().contains("alone"), notPrivate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerAnnouncement.publish(temp.resolve("lan"),
                new InetSocketAddress(InetAddress.getByName("192.0.2.7"), 8642), TOKEN, temp));
        assertFalse(Files.exists(temp.resolve("lan")));
    }
}
