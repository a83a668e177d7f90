package org.keepalived4j.netlink.rtnl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.netns.NetNamespace;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Link and address notifications, both on a {@link LinkMonitorThread} and by non-blocking polls. Root. */
class LinkMonitorNamespaceTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private NamespaceFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = NamespaceFixture.create("mon");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aMonitorThreadDeliversLinkUpDownAndAddressEvents() throws Exception {
        Queue<RtnlEvent> events = new ConcurrentLinkedQueue<>();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        String ns = f.ns.name();
        try (LinkMonitorThread t = LinkMonitorThread.start("rtnl-events-test", () -> {
            NetNamespace.enterOnCurrentThread(ns);
            return Rtnetlink.openMonitor();
        }, events::add, errors::add)) {
            f.ip("link set veth0 down");
            await().atMost(WAIT).until(() -> events.stream().anyMatch(e ->
                    e instanceof RtnlEvent.LinkChanged(Link l) && l.name().equals("veth0") && !l.up()));
            f.ip("link set veth0 up");
            await().atMost(WAIT).until(() -> events.stream().anyMatch(e ->
                    e instanceof RtnlEvent.LinkChanged(Link l) && l.name().equals("veth0") && l.up()));

            f.ip("addr add 10.4.0.1/24 dev veth0");
            InetAddress a = InetAddress.getByName("10.4.0.1");
            await().atMost(WAIT).until(() -> events.stream().anyMatch(e ->
                    e instanceof RtnlEvent.AddressAdded(IfAddress x) && x.address().equals(a)
                            && x.ifIndex() == f.veth0 && x.prefixLength() == 24));
            f.ip("addr del 10.4.0.1/24 dev veth0");
            await().atMost(WAIT).until(() -> events.stream().anyMatch(e ->
                    e instanceof RtnlEvent.AddressRemoved(IfAddress x) && x.address().equals(a)));

            f.ip("-6 addr add 2001:db8:4::1/64 dev veth0 nodad");
            InetAddress a6 = InetAddress.getByName("2001:db8:4::1");
            await().atMost(WAIT).until(() -> events.stream().anyMatch(e ->
                    e instanceof RtnlEvent.AddressAdded(IfAddress x) && x.address().equals(a6)));

            f.ip("link del veth1");
            await().atMost(WAIT).until(() -> events.stream().anyMatch(e ->
                    e instanceof RtnlEvent.LinkRemoved(Link l) && l.name().equals("veth1")));
            assertTrue(t.isAlive());
        }
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aMonitorCanBeDrainedWithoutBlockingOnItsOwnersThread() throws Exception {
        LinkMonitor monitor = f.on(() -> Rtnetlink.openMonitor(java.util.EnumSet.of(RtnlGroup.LINK)));
        try {
            List<RtnlEvent> got = new ArrayList<>();
            assertEquals(0, (int) f.on(() -> monitor.poll(0, got::add)), "nothing queued yet");
            f.ip("link set veth1 down");
            await().atMost(WAIT).until(() -> {
                f.on(() -> monitor.poll(0, got::add));
                return got.stream().anyMatch(e -> e instanceof RtnlEvent.LinkChanged(Link l)
                        && l.name().equals("veth1") && !l.up());
            });
            f.ip("addr add 10.4.0.9/24 dev veth0");
            f.ip("link set veth1 up");
            await().atMost(WAIT).until(() -> {
                f.on(() -> monitor.poll(0, got::add));
                return got.stream().anyMatch(e -> e instanceof RtnlEvent.LinkChanged(Link l)
                        && l.name().equals("veth1") && l.up());
            });
            assertTrue(got.stream().noneMatch(e -> e instanceof RtnlEvent.AddressAdded),
                    "only RTNLGRP_LINK was joined: " + got);
        } finally {
            f.executor().run(monitor::close);
        }
    }
}
