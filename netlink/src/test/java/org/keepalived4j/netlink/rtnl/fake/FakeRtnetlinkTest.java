package org.keepalived4j.netlink.rtnl.fake;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.MacAddress;
import org.keepalived4j.netlink.rtnl.MacvlanSpec;
import org.keepalived4j.netlink.rtnl.Route;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.netlink.rtnl.Rule;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake answers as the kernel-backed implementation does (see the namespace tests for the real one). */
class FakeRtnetlinkTest {
    private final FakeRtnetlink kernel = new FakeRtnetlink();

    @Test
    void addressesFollowKeepalivedSemanticsAndNotify() throws Exception {
        Link eth0 = kernel.addLink("eth0", true);
        LinkMonitor events = kernel.openMonitor();
        IfAddress vip = IfAddress.of(eth0.index(), InetAddress.getByName("192.168.1.10"), 32);
        assertTrue(kernel.addresses().add(vip));
        assertFalse(kernel.addresses().add(vip));
        assertEquals(List.of(vip), kernel.addresses().list(eth0.index()));
        assertTrue(kernel.addresses().delete(vip));
        assertFalse(kernel.addresses().delete(vip));
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> kernel.addresses().add(IfAddress.of(99, InetAddress.getByName("10.0.0.1"), 8)));
        assertEquals(Errno.ENODEV, e.errno());
        List<RtnlEvent> got = new ArrayList<>();
        assertEquals(2, events.poll(0, got::add));
        assertEquals(List.of(new RtnlEvent.AddressAdded(vip), new RtnlEvent.AddressRemoved(vip)), got);
    }

    @Test
    void macvlanCarrierAndInjectedFailures() {
        Link eth0 = kernel.addLink("eth0", true);
        LinkMonitor events = kernel.openMonitor();
        Link vmac = kernel.links().createMacvlan(
                MacvlanSpec.privateMode("vrrp.1", eth0.index(), MacAddress.parse("00:00:5e:00:01:01")));
        assertEquals("macvlan", vmac.kind());
        assertThrows(NetlinkException.class, () -> kernel.links().createMacvlan(
                MacvlanSpec.privateMode("vrrp.1", eth0.index(), null)));
        kernel.links().setUp(vmac.index(), true);
        assertTrue(kernel.links().byName("vrrp.1").orElseThrow().usable());
        kernel.setCarrier("eth0", false);
        assertFalse(kernel.links().byName("eth0").orElseThrow().running());
        kernel.failNext(Errno.EPERM);
        NetlinkException e = assertThrows(NetlinkException.class, () -> kernel.links().delete(vmac.index()));
        assertEquals(Errno.EPERM, e.errno());
        assertTrue(kernel.links().delete(vmac.index()));
        kernel.loseEvents();
        List<RtnlEvent> got = new ArrayList<>();
        events.poll(0, got::add);
        assertEquals(5, got.size(), got::toString);
        assertEquals(new RtnlEvent.EventsLost(), got.getLast());
    }

    @Test
    void routesAndRules() throws Exception {
        Route r = Route.builder(IpFamily.INET).destination(InetAddress.getByName("10.9.0.0"), 24).table(100).build();
        assertTrue(kernel.routes().add(r));
        assertFalse(kernel.routes().add(r));
        assertEquals(List.of(r), kernel.routes().list(IpFamily.INET, 100));
        assertTrue(kernel.routes().delete(r));
        assertFalse(kernel.routes().delete(r));
        Rule rule = Rule.builder(IpFamily.INET).table(100).priority(10).build();
        assertTrue(kernel.rules().add(rule));
        assertFalse(kernel.rules().add(rule));
        assertTrue(kernel.rules().delete(rule));
        assertEquals(List.of(), kernel.rules().list(IpFamily.INET));
        assertEquals(4, kernel.changes(), "route add+delete, rule add+delete");
    }
}
