package org.keepalived4j.netlink.netns;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.ffm.Interfaces;
import org.keepalived4j.netlink.testing.SystemTests;
import org.keepalived4j.netlink.testing.TestNetns;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetnsExecutorTest {

    @Test
    void anAbsentNamespaceIsENOENT() {
        NetlinkException e = assertThrows(NetlinkException.class, () -> NetnsExecutor.start("k4j-no-such-ns"));
        assertEquals(Errno.ENOENT, e.errno());
        assertTrue(e.getMessage().startsWith("open(/var/run/netns/k4j-no-such-ns)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetNamespace.enterOnCurrentThread("../etc"));
    }

    @Test
    void tasksRunInsideTheNamespaceAndTheCallerStaysOutside() throws Exception {
        SystemTests.assumeRootWithNamespaces();
        try (TestNetns ns = TestNetns.create("exec")) {
            ns.ip("link add inside0 type veth peer name inside1");
            assertTrue(ns.executor().call(() -> Interfaces.indexOf("inside0")).isPresent());
            assertTrue(Interfaces.indexOf("inside0").isEmpty(), "the test thread did not move");
            IOException thrown = assertThrows(IOException.class, () -> ns.executor().run(() -> {
                throw new IOException("boom");
            }));
            assertEquals("boom", thrown.getMessage());
            assertEquals(ns.name(), ns.executor().namespace());
        }
    }
}
