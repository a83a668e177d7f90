package org.keepalived4j.netlink.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keepalived4j.netlink.ipvs.Ips.ip;

import org.junit.jupiter.api.Test;

/** Bad values are refused with a message before they reach the kernel. */
class IpvsRecordsTest {
    private final IpvsServiceKey v4 = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 80);
    private final IpvsServiceKey v6 = IpvsServiceKey.of(IpvsProtocol.UDP, ip("2001:db8::10"), 53);

    @Test
    void defaultsFollowTheFamily() {
        assertEquals(0xFFFFFFFF, IpvsService.of(v4, "rr").netmask());
        assertEquals(128, IpvsService.of(v6, "rr").netmask());
        assertEquals("2001:db8::10:udp:53", v6.toString());
        assertEquals("Fwm 7", IpvsServiceKey.fwmark(7, AddressFamily.INET).toString());
    }

    @Test
    void refusals() {
        assertMessage("port 70000 is not in 0..65535", () -> IpvsServiceKey.of(IpvsProtocol.TCP, ip("1.2.3.4"), 70000));
        assertMessage("firewall mark 0 does not name a service", () -> IpvsServiceKey.fwmark(0, AddressFamily.INET));
        assertMessage("scheduler name 'a-very-long-scheduler' is longer than 15 bytes",
                () -> IpvsService.of(v4, "a-very-long-scheduler"));
        assertMessage("scheduler name is empty", () -> IpvsService.of(v4, ""));
        assertMessage("IPv6 persistence prefix length 0 is not in 1..128",
                () -> IpvsService.of(v6, "rr").withPersistence(10, 0));
        assertMessage("flag IP_VS_SVC_F_HASHED (0x2) belongs to the kernel",
                () -> IpvsService.of(v4, "rr").withFlags(IpvsService.FLAG_HASHED));
        assertMessage("lower threshold 10 is above upper threshold 0",
                () -> IpvsDestination.of(ip("10.0.0.1"), 80, ForwardingMethod.NAT, 1).withThresholds(0, 10));
        assertMessage("real server weight -1 is negative",
                () -> IpvsDestination.of(ip("10.0.0.1"), 80, ForwardingMethod.NAT, -1));
        assertMessage("a GUE tunnel needs a tunnel port",
                () -> IpvsDestination.of(ip("10.0.0.1"), 80, ForwardingMethod.NAT, 1).withTunnel(TunnelType.GUE, 0, 0));
        assertMessage("sync daemon interface name 'an-interface-name' must be 1 to 15 bytes",
                () -> SyncDaemon.of(SyncDaemon.State.MASTER, "an-interface-name", 1));
        assertMessage("sync daemon id 256 is not in 0..255", () -> SyncDaemon.of(SyncDaemon.State.MASTER, "eth0", 256));
    }

    @Test
    void ipv6TextIsInetNtopShape() {
        assertEquals("2001:db8::1", IpvsFormat.address(ip("2001:db8:0:0:0:0:0:1")));
        assertEquals("2001:db8:0:1::", IpvsFormat.address(ip("2001:db8:0:1:0:0:0:0")));
        assertEquals("::", IpvsFormat.address(ip("::")));
        assertEquals("fe80::1:0:0:2", IpvsFormat.address(ip("fe80:0:0:0:1:0:0:2")));
        assertEquals("1:0:2:0:3:0:4:0", IpvsFormat.address(ip("1:0:2:0:3:0:4:0")));
    }

    private static void assertMessage(String expected, Runnable r) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, r::run).getMessage());
    }
}
