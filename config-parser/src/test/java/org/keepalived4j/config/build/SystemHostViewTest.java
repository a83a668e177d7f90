package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.HostView;

/** The real host view answers what the script checks ask, from the machine we run on. */
class SystemHostViewTest {

    private final HostView host = HostView.system();

    @Test
    void rootDirectoryAndUsers() {
        HostView.FileInfo root = host.lstat("/").orElseThrow();
        assertEquals(HostView.FileType.DIRECTORY, root.type());
        assertEquals(0, root.uid());
        assertEquals(0, host.user("root").orElseThrow().uid());
        assertTrue(host.user("no-such-user-k4j").isEmpty());
        assertTrue(host.groupId("no-such-group-k4j").isEmpty());
        assertTrue(host.inspectsFiles());
        assertTrue(host.onlineCpus() >= 1);
    }

    @Test
    void filesLinksAndModes(@TempDir Path dir) throws Exception {
        Path f = Files.createFile(dir.resolve("run.sh"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        Path l = Files.createSymbolicLink(dir.resolve("link"), f);
        HostView.FileInfo info = host.stat(l.toString()).orElseThrow();
        assertEquals(HostView.FileType.REGULAR, info.type());
        assertEquals(0750, info.mode());
        assertEquals(HostView.FileType.SYMLINK, host.lstat(l.toString()).orElseThrow().type());
        assertEquals(f.toRealPath().toString(), host.realPath(l.toString()).orElseThrow());
        assertTrue(info.sameFile(host.stat(f.toString()).orElseThrow()));
        assertFalse(host.stat(dir.resolve("missing").toString()).isPresent());
    }

    @Test
    void everyInterfaceOfTheNamespaceExistsWithOrWithoutAddresses() throws Exception {
        assertTrue(host.interfaceExists("lo"));
        assertFalse(host.interfaceExists("no-such-if-k4j"));
        // /proc/net/dev lists every interface, also those NetworkInterface does not see (down, no address)
        for (String l : Files.readAllLines(Path.of("/proc/self/net/dev"))) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                String name = l.substring(0, colon).strip();
                assertTrue(host.interfaceExists(name), name);
            }
        }
    }
}
