package org.keepalived4j.netlink.rtnl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.msg.Rtnl;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real RTM_*ROUTE and RTM_*RULE in a fresh namespace, verified with {@code ip route} and {@code ip rule}. Root. */
class RouteRuleNamespaceTest {
    private NamespaceFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = NamespaceFixture.create("route");
        f.ip("addr add 10.1.0.1/24 dev veth0");
        f.ip("-6 addr add 2001:db8:1::1/64 dev veth0 nodad");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void addsListsAndDeletesAGatewayRouteInATable() throws Exception {
        Route r = Route.builder(IpFamily.INET).destination(ip("10.9.0.0"), 24).gateway(ip("10.1.0.254"))
                .outIfIndex(f.veth0).table(100).metric(50).build();
        assertTrue(f.on(() -> f.rtnl.routes().add(r)));
        String shown = f.ip("route show table 100");
        assertTrue(shown.contains("10.9.0.0/24 via 10.1.0.254 dev veth0 proto keepalived metric 50"), shown);
        assertFalse(f.on(() -> f.rtnl.routes().add(r)), "EEXIST reported as false");

        List<Route> listed = f.on(() -> f.rtnl.routes().list(IpFamily.INET, 100));
        assertEquals(List.of(r), listed);

        assertTrue(f.on(() -> f.rtnl.routes().delete(r)));
        assertEquals("", f.ip("route show table 100").trim());
        assertFalse(f.on(() -> f.rtnl.routes().delete(r)), "ESRCH reported as false");
    }

    @Test
    void rejectRoutesInALargeTableAndIpv6() throws Exception {
        Route blackhole = Route.builder(IpFamily.INET).type(RouteType.BLACKHOLE).destination(ip("10.8.0.0"), 16)
                .table(1000).build();
        Route unreachable6 = Route.builder(IpFamily.INET6).type(RouteType.UNREACHABLE)
                .destination(ip("2001:db8:5::"), 48).build();
        Route prohibit = Route.builder(IpFamily.INET).type(RouteType.PROHIBIT).destination(ip("10.7.0.0"), 16)
                .table(1000).protocol(Rtnl.RTPROT_STATIC).build();
        f.on(() -> f.rtnl.routes().add(blackhole) && f.rtnl.routes().add(unreachable6)
                && f.rtnl.routes().add(prohibit));
        String t1000 = f.ip("route show table 1000");
        assertTrue(t1000.contains("blackhole 10.8.0.0/16 proto keepalived"), t1000);
        assertTrue(t1000.contains("prohibit 10.7.0.0/16 proto static"), t1000);
        String v6 = f.ip("-6 route show");
        assertTrue(v6.contains("unreachable 2001:db8:5::/48 dev lo proto keepalived"), v6);
        assertTrue(f.on(() -> f.rtnl.routes().list(IpFamily.INET, 1000)).containsAll(List.of(blackhole, prohibit)));
        assertTrue(f.on(() -> f.rtnl.routes().delete(blackhole)));
        assertFalse(f.ip("route show table 1000").contains("10.8.0.0"));
    }

    @Test
    void replaceChangesTheMetricHolderAndSourceIsSet() throws Exception {
        Route viaDev = Route.builder(IpFamily.INET).destination(ip("10.6.0.0"), 24).outIfIndex(f.veth0)
                .scope(Rtnl.RT_SCOPE_LINK).preferredSource(ip("10.1.0.1")).build();
        assertTrue(f.on(() -> f.rtnl.routes().add(viaDev)));
        assertTrue(f.ip("route show").contains("10.6.0.0/24 dev veth0 proto keepalived scope link src 10.1.0.1"),
                f.ip("route show"));
        Route moved = viaDev.toBuilder().gateway(ip("10.1.0.253")).scope(Rtnl.RT_SCOPE_UNIVERSE).build();
        f.on(() -> {
            f.rtnl.routes().replace(moved);
            return null;
        });
        assertTrue(f.ip("route show").contains("10.6.0.0/24 via 10.1.0.253 dev veth0 proto keepalived src 10.1.0.1"),
                f.ip("route show"));
    }

    @Test
    void anUnreachableGatewayIsRefusedWithTheKernelsText() throws Exception {
        Route bad = Route.builder(IpFamily.INET).destination(ip("10.5.0.0"), 24).gateway(ip("192.0.2.1"))
                .outIfIndex(f.veth0).build();
        NetlinkException e = assertThrows(NetlinkException.class, () -> f.on(() -> f.rtnl.routes().add(bad)));
        assertEquals(Errno.ENETUNREACH, e.errno());
        assertNotNull(e.extAckMessage());
        assertTrue(e.getMessage().contains("RTM_NEWROUTE") && e.getMessage().contains(e.extAckMessage()),
                e.getMessage());
    }

    @Test
    void addsListsAndDeletesRules() throws Exception {
        Rule fromNet = Rule.builder(IpFamily.INET).from(ip("10.1.0.0"), 24).table(100).priority(1000).build();
        Rule fwmark = Rule.builder(IpFamily.INET).fwmark(0x10, 0xff).table(200).priority(1001).build();
        Rule bigTable = Rule.builder(IpFamily.INET).to(ip("10.2.0.0"), 16).table(1000).priority(1002).build();
        Rule notGoto = Rule.builder(IpFamily.INET).invert(true).to(ip("10.5.0.0"), 16).iif("veth0")
                .gotoTarget(1000).priority(900).build();
        Rule blackhole = Rule.builder(IpFamily.INET).from(ip("10.66.0.0"), 16).action(RuleAction.BLACKHOLE)
                .priority(1003).build();
        Rule v6 = Rule.builder(IpFamily.INET6).from(ip("2001:db8::"), 32).oif("veth0").table(300).priority(1004)
                .build();
        for (Rule r : List.of(fromNet, fwmark, bigTable, notGoto, blackhole, v6)) {
            assertTrue(f.on(() -> f.rtnl.rules().add(r)), r::toString);
        }
        String v4 = f.ip("rule show");
        assertTrue(v4.contains("1000:\tfrom 10.1.0.0/24 lookup 100"), v4);
        assertTrue(v4.contains("1001:\tfrom all fwmark 0x10/0xff lookup 200"), v4);
        assertTrue(v4.contains("1002:\tfrom all to 10.2.0.0/16 lookup 1000"), v4);
        assertTrue(v4.contains("900:\tnot from all to 10.5.0.0/16 iif veth0 goto 1000"), v4);
        assertTrue(v4.contains("1003:\tfrom 10.66.0.0/16 blackhole"), v4);
        assertTrue(f.ip("-6 rule show").contains("1004:\tfrom 2001:db8::/32 oif veth0 lookup 300"),
                f.ip("-6 rule show"));

        assertFalse(f.on(() -> f.rtnl.rules().add(fromNet)), "EEXIST reported as false");
        List<Rule> listed = f.on(() -> f.rtnl.rules().list(IpFamily.INET));
        Rule got = listed.stream().filter(r -> r.priority() == 1001).findFirst().orElseThrow();
        assertEquals(0x10, got.fwmark());
        assertEquals(0xff, got.fwmask());
        assertEquals(200, got.table());
        assertEquals(RuleAction.TO_TABLE, got.action());
        Rule gotGoto = listed.stream().filter(r -> r.priority() == 900).findFirst().orElseThrow();
        assertTrue(gotGoto.invert());
        assertEquals(RuleAction.GOTO, gotGoto.action());
        assertEquals(1000, gotGoto.gotoTarget());
        assertEquals("veth0", gotGoto.iifName());
        assertEquals(1000, listed.stream().filter(r -> r.priority() == 1002).findFirst().orElseThrow().table());

        for (Rule r : List.of(fromNet, fwmark, bigTable, notGoto, blackhole, v6)) {
            assertTrue(f.on(() -> f.rtnl.rules().delete(r)), r::toString);
        }
        assertFalse(f.ip("rule show").contains("lookup 100"));
        assertFalse(f.on(() -> f.rtnl.rules().delete(fromNet)), "ENOENT reported as false");
    }
}
