package org.keepalived4j.config.build.vrrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.RuleAction;
import org.keepalived4j.config.model.vrrp.RouteType;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VrrpAuthentication;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.config.model.vrrp.VrrpState;

/** The typed model: defaults and hidden rules as the runtime sees them. */
class VrrpModelTest {

    private static VrrpConfig vrrp(String text) {
        return TestTrees.build(text).config().vrrp();
    }

    private static VrrpInstance only(String text) {
        VrrpConfig v = vrrp(text);
        assertEquals(1, v.instances().size(), "instances");
        return v.instances().getFirst();
    }

    @Test
    void instanceDefaults() {
        VrrpInstance i = only("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 7
                    virtual_ipaddress {
                        192.168.1.10/24
                    }
                }
                """);
        assertEquals(VrrpState.BACKUP, i.initialState());
        assertEquals(100, i.priority());
        assertEquals(2, i.version());
        assertEquals(IpFamily.INET, i.family());
        assertEquals(1_000_000, i.advertIntervalUs());
        assertEquals("224.0.0.18", i.mcastGroup().getHostAddress());
        assertEquals(255, i.ttl());
        assertTrue(i.accept());
        assertFalse(i.strictMode());
        assertEquals(VrrpAuthentication.NONE, i.authentication());
        assertEquals(Duration.ofSeconds(5), i.garp().masterDelay());
        assertEquals(5, i.garp().masterRepeat());
        assertEquals(5, i.garp().lowerPrioRepeat());
        assertEquals(3, i.downTimerAdverts());
        assertFalse(i.unicast());
        assertEquals(new SourcePosition("keepalived.conf", 1), i.position());
        VirtualIpAddress vip = i.virtualIpAddresses().getFirst();
        assertEquals("192.168.1.10/24", vip.address().toString());
        assertEquals("eth0", vip.interfaceName());
        assertFalse(vip.deviceConfigured());
        assertEquals(5, vip.position().line());
    }

    @Test
    void masterWithoutPriorityIsOwnerAndNopreemptCleared() {
        var built = TestTrees.build("""
                vrrp_instance VI_1 {
                    state MASTER
                    interface eth0
                    virtual_router_id 7
                    nopreempt
                    virtual_ipaddress {
                        10.0.0.1
                    }
                }
                """);
        VrrpInstance i = built.config().vrrp().instances().getFirst();
        assertEquals(255, i.priority());
        assertEquals(VrrpState.MASTER, i.initialState());
        assertFalse(i.nopreempt());
        assertTrue(built.diagnostics().all().stream().anyMatch(d -> d.position().isNone()
                && d.message().equals("(VI_1) nopreempt is incompatible with priority 255. resetting nopreempt")));
    }

    @Test
    void advertIntervalRounding() {
        assertEquals(1_000_000, only(instance("advert_int 1.4")).advertIntervalUs());
        assertEquals(120_000, only(instance("version 3\n advert_int 0.123")).advertIntervalUs());
        assertEquals(12, only(instance("version 3\n advert_int 0.123")).advertIntervalCentis());
        assertEquals(40_950_000, only(instance("version 3\n advert_int 50")).advertIntervalUs());
    }

    private static String instance(String extra) {
        return "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 9\n " + extra
                + "\n virtual_ipaddress {\n 10.0.0.1\n }\n}\n";
    }

    @Test
    void authenticationCutToEightBytes() {
        VrrpInstance i = only(instance("authentication {\n auth_type PASS\n auth_pass 123456789abc\n }"));
        VrrpAuthentication.Password p = assertInstanceOf(VrrpAuthentication.Password.class, i.authentication());
        assertEquals("12345678", p.password());
        assertEquals(8, p.data().length);
    }

    @Test
    void strictModeRules() {
        var built = TestTrees.build(instance("""
                strict_mode
                state MASTER
                priority 100
                accept
                authentication {
                    auth_type AH
                    auth_pass x
                }"""));
        VrrpInstance i = built.config().vrrp().instances().getFirst();
        assertEquals(VrrpState.BACKUP, i.initialState());
        assertEquals(VrrpAuthentication.NONE, i.authentication());
        assertFalse(i.accept());
        assertTrue(i.lowerPrioNoAdvert());
        assertEquals(0, i.garp().lowerPrioRepeat());
        var msgs = built.diagnostics().all().stream().map(d -> d.message()).toList();
        assertTrue(msgs.contains("(VI_1) State MASTER must match being address owner"), msgs.toString());
        assertTrue(msgs.contains("(VI_1) Strict mode does not support authentication. Ignoring."));
        assertTrue(msgs.contains("(VI_1) warning - accept mode for VRRP version 2 does not comply with RFC3768"
                + " - resetting"));
    }

    @Test
    void ahWithMasterIsCleared() {
        VrrpInstance i = only(instance("state MASTER\n priority 100\n authentication {\n auth_type AH\n"
                + " auth_pass 1111\n }"));
        assertEquals(VrrpState.BACKUP, i.initialState());
        assertInstanceOf(VrrpAuthentication.Ah.class, i.authentication());
    }

    @Test
    void unicastKeywordWithoutPeersFallsBackToMulticast() {
        var built = TestTrees.build(instance("unicast_src_ip 10.0.0.5"));
        VrrpInstance i = built.config().vrrp().instances().getFirst();
        assertFalse(i.unicast());
        assertEquals("224.0.0.18", i.mcastGroup().getHostAddress());
        assertEquals("10.0.0.5", i.sourceAddress().getHostAddress());
        assertTrue(built.diagnostics().all().stream().anyMatch(d -> d.kind() == ConfigErrorKind.DEPRECATED));
    }

    @Test
    void unicastPeers() {
        VrrpInstance i = only(instance("unicast_peer {\n 10.0.0.2 min_ttl 10\n 10.0.0.3\n }"));
        assertTrue(i.unicast());
        assertNull(i.mcastGroup());
        assertEquals(10, i.unicastPeers().getFirst().minTtl());
        assertEquals(255, i.unicastPeers().getFirst().maxTtl());
        assertTrue(i.checkUnicastSrc());
    }

    @Test
    void scriptsAndTracking() {
        VrrpConfig v = vrrp("""
                vrrp_script chk {
                    script "/usr/bin/check --fast"
                    weight -4 reverse
                    fall 2
                }
                vrrp_script plain {
                    script /bin/true
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 9
                    track_script {
                        chk
                        plain weight 7
                    }
                    track_interface {
                        eth1 weight -3
                        eth2
                    }
                    virtual_ipaddress {
                        10.0.0.1
                    }
                }
                """);
        var chk = v.scripts().getFirst();
        assertEquals(java.util.List.of("/usr/bin/check", "--fast"), chk.command().args());
        assertEquals(Duration.ofSeconds(1), chk.interval());
        assertEquals(Duration.ofSeconds(1), chk.effectiveTimeout());
        assertEquals(1, chk.rise());
        assertEquals(2, chk.fall());
        var track = v.instances().getFirst().track();
        assertEquals(-4, track.scripts().get(0).weight());
        assertTrue(track.scripts().get(0).reverse());
        assertEquals(7, track.scripts().get(1).weight());
        assertEquals(0, v.scripts().get(1).weight());
        assertEquals("eth1", track.interfaces().get(0).target());
        assertEquals(-3, track.interfaces().get(0).weight());
        assertEquals(0, track.interfaces().get(1).weight());
    }

    @Test
    void syncGroupMembersAndStartStateOutsideConfigTest() {
        String text = """
                vrrp_sync_group G {
                    group {
                        A
                        B
                    }
                }
                vrrp_instance A {
                    state MASTER
                    priority 200
                    interface eth0
                    virtual_router_id 1
                    virtual_ipaddress {
                        10.0.0.1
                    }
                }
                vrrp_instance B {
                    interface eth0
                    virtual_router_id 2
                    virtual_ipaddress {
                        10.0.0.2
                    }
                }
                """;
        VrrpConfig run = TestTrees.build(text, "k.conf", false).config().vrrp();
        assertEquals(java.util.List.of("A", "B"), run.syncGroup("G").orElseThrow().members());
        assertEquals("G", run.instance("A").orElseThrow().syncGroup());
        assertEquals(VrrpState.BACKUP, run.instance("A").orElseThrow().initialState());
        VrrpConfig test = TestTrees.build(text, "k.conf", true).config().vrrp();
        assertEquals(VrrpState.MASTER, test.instance("A").orElseThrow().initialState());
    }

    @Test
    void routesAndRules() {
        VrrpConfig v = vrrp("""
                static_rules {
                    from 10.0.0.0/8 table 5
                    to 10.1.0.0/16 table 6
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 9
                    virtual_ipaddress {
                        10.0.0.1
                    }
                    virtual_routes {
                        default via 10.0.0.254 dev eth0
                        blackhole 10.9.0.0/16
                        10.2.0.0/16 via 10.0.0.1 or 10.0.0.2 dev eth1
                    }
                }
                """);
        assertEquals(16384, v.staticRules().get(0).preference());
        assertEquals(16383, v.staticRules().get(1).preference());
        assertEquals(RuleAction.TO_TABLE, v.staticRules().getFirst().action());
        var routes = v.instances().getFirst().virtualRoutes();
        VirtualRoute def = routes.get(0);
        assertEquals("0.0.0.0/0", def.destination().toString());
        assertEquals(VirtualRoute.RTPROT_KEEPALIVED, def.protocol());
        assertFalse(def.noTrack());
        assertEquals(RouteType.BLACKHOLE, routes.get(1).type());
        assertTrue(routes.get(1).noTrack());
        assertEquals(2, routes.get(2).nexthops().size());
        assertNull(routes.get(2).via());
    }

    @Test
    void broadcastComputed() {
        VrrpInstance i = only(instance("virtual_ipaddress_excluded {\n 10.1.2.3/24 brd + dev eth1\n }"));
        VirtualIpAddress e = i.excludedIpAddresses().getFirst();
        assertEquals("10.1.2.255", e.broadcast().getHostAddress());
        assertEquals("eth1", e.interfaceName());
        assertTrue(e.deviceConfigured());
    }

    @Test
    void nonExistentInterfaceStopsVrrp() {
        var built = TestTrees.build(instance("track_interface {\n eth9\n }"));
        assertFalse(built.config().vrrp().runnable());
        var last = built.diagnostics().all().getLast();
        assertEquals(ConfigErrorKind.BAD_IF, last.kind());
        assertEquals("Non-existent interface specified in configuration", last.message());
        assertEquals(5, built.diagnostics().exitCode());
    }

    @Test
    void missingVridStopsVrrp() {
        var built = TestTrees.build("vrrp_instance VI_1 {\n interface eth0\n}\n");
        assertFalse(built.config().vrrp().runnable());
        assertEquals("(VI_1) the virtual router id must be set", built.diagnostics().all().getLast().message());
    }
}
