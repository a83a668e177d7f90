package org.keepalived4j.netlink.rtnl;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordsTest {

    @Test
    void macAddressParsesPrintsAndRejects() {
        MacAddress m = MacAddress.parse("00:00:5E:00:01:33");
        assertEquals("00:00:5e:00:01:33", m.toString());
        assertArrayEquals(new byte[] {0, 0, 0x5e, 0, 1, 0x33}, m.bytes());
        assertEquals(m, MacAddress.of(m.bytes()));
        assertEquals(m, MacAddress.parse("00-00-5e-00-01-33"));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.parse("00:00:5e:00:01"));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.parse("00:00:5e:00:01:zz"));
        assertThrows(IllegalArgumentException.class, () -> new MacAddress(1L << 48));
    }

    @Test
    void recordsValidateTheirFamilyAndPrefixes() throws Exception {
        InetAddress v4 = InetAddress.getByName("10.0.0.1");
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        assertThrows(IllegalArgumentException.class, () -> IfAddress.of(1, v4, 33));
        assertEquals(128, IfAddress.of(1, v6, 128).prefixLength());
        assertThrows(IllegalArgumentException.class,
                () -> Route.builder(IpFamily.INET).destination(v6, 64).build());
        assertThrows(IllegalArgumentException.class,
                () -> Route.builder(IpFamily.INET).destination(v4, 24).gateway(v6).build());
        assertThrows(IllegalArgumentException.class, () -> Rule.builder(IpFamily.INET6).from(v4, 8).build());
        assertThrows(IllegalArgumentException.class, () -> MacvlanSpec.privateMode("a-name-that-is-too-long", 2, null));
        assertThrows(IllegalArgumentException.class, () -> MacvlanSpec.privateMode("vrrp.1", 0, null));
    }

    @Test
    void ruleActionFollowsTableAndGoto() throws Exception {
        assertEquals(RuleAction.TO_TABLE, Rule.builder(IpFamily.INET).table(5).build().action());
        assertEquals(RuleAction.GOTO, Rule.builder(IpFamily.INET).gotoTarget(5).build().action());
        assertEquals(RuleAction.UNSPEC, Rule.builder(IpFamily.INET).build().action());
        assertEquals("1000: not from 10.0.0.0/8 lookup 7", Rule.builder(IpFamily.INET).invert(true)
                .from(InetAddress.getByName("10.0.0.0"), 8).table(7).priority(1000).build().toString());
    }

    @Test
    void routeToStringReadsLikeIpRoute() throws Exception {
        assertEquals("blackhole 10.8.0.0/16 table 1000", Route.builder(IpFamily.INET).type(RouteType.BLACKHOLE)
                .destination(InetAddress.getByName("10.8.0.0"), 16).table(1000).build().toString());
        assertEquals("default via 10.0.0.1 dev 2 table 254 metric 5", Route.builder(IpFamily.INET)
                .gateway(InetAddress.getByName("10.0.0.1")).outIfIndex(2).metric(5).build().toString());
    }
}
