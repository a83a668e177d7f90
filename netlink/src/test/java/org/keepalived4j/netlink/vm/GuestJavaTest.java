package org.keepalived4j.netlink.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class GuestJavaTest {

    @Test
    void quotesForTheShell() {
        assertEquals("'a b'", GuestJava.quote("a b"));
        assertEquals("'it'\\''s'", GuestJava.quote("it's"));
    }

    @Test
    void classPathIsExpandedAndVisibleToTheGuest() {
        List<Path> cp = GuestJava.classPath();
        assertTrue(cp.stream().anyMatch(p -> p.endsWith("test-classes")), () -> "no test-classes in " + cp);
        assertFalse(cp.stream().anyMatch(p -> p.getFileName().toString().startsWith("surefirebooter")),
                () -> "booter jar not expanded: " + cp);
        assertFalse(cp.stream().anyMatch(p -> p.startsWith("/tmp")), () -> "entry under /tmp: " + cp);
    }

    @Test
    void commandNamesTheMainClassLast() {
        String cmd = GuestJava.command(EchoGuestMain.class, "plan.txt");
        assertTrue(cmd.endsWith("'org.keepalived4j.netlink.vm.EchoGuestMain' 'plan.txt'"), cmd);
        assertTrue(cmd.startsWith("'" + System.getProperty("java.home")), cmd);
    }
}
