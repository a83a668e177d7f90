package org.keepalived4j.vrrp.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.GarpParams;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.keepalived4j.vrrp.state.VrrpState;

/** The config model mapped to the state machine's parameters with keepalived's semantics. */
class InstanceMapperTest {
    static final ScriptLauncher ROOT_SCRIPTS = new ScriptLauncher("root", null, c -> true,
            u -> Optional.empty(), false);

    static ConfigBinder.Bound bind(String text) {
        KeepalivedConfig c = ConfigParser.parse(text).config();
        return new ConfigBinder(ROOT_SCRIPTS, new KeywordWarnings()).bind(c);
    }

    static InstanceParams only(String text) {
        ConfigBinder.Bound b = bind(text);
        assertEquals(1, b.instances().size(), "one instance bound");
        return b.instances().getFirst().params();
    }

    @Test
    void defaultsAreKeepalivedsDefaults() {
        InstanceParams p = only("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    virtual_ipaddress {
                        10.0.0.100
                    }
                }
                """);
        assertEquals("VI_1", p.name());
        assertEquals(51, p.vrid());
        assertEquals(VrrpVersion.V2, p.version());
        assertEquals(100, p.priority());
        assertEquals(100, p.adverIntCs());
        assertEquals(VrrpState.BACKUP, p.initialState());
        assertFalse(p.nopreempt());
        assertEquals(0, p.preemptDelayUs());
        assertEquals(AuthType.NONE, p.authType());
        assertEquals(GarpParams.DEFAULTS, p.garp());
        assertEquals(3, p.downTimerAdverts());
        assertEquals(List.of(VirtualAddress.of(addr("10.0.0.100"))), p.vips());
        assertEquals("eth0", p.interfaceName());
    }

    @Test
    void mapsPriorityIntervalsPreemptionAndPassword() {
        InstanceParams p = only("""
                vrrp_instance VI_1 {
                    state BACKUP
                    interface eth0
                    virtual_router_id 7
                    priority 150
                    advert_int 2
                    nopreempt
                    authentication {
                        auth_type PASS
                        auth_pass secret12345
                    }
                    virtual_ipaddress {
                        10.0.0.100/24 brd 10.0.0.255 dev eth1 scope link label eth1:vip
                    }
                    virtual_ipaddress_excluded {
                        10.9.9.9
                    }
                }
                """);
        assertEquals(150, p.priority());
        assertEquals(200, p.adverIntCs(), "v2 advert_int in whole seconds, as centiseconds");
        assertTrue(p.nopreempt());
        assertEquals(AuthType.PASS, p.authType());
        assertEquals("secret12", p.authPass(), "keepalived keeps 8 octets");
        VirtualAddress vip = p.vips().getFirst();
        assertEquals(24, vip.prefixLength());
        assertEquals(addr("10.0.0.255"), vip.broadcast());
        assertEquals("eth1", vip.device());
        assertEquals("link", vip.scope());
        assertEquals("eth1:vip", vip.label());
        assertEquals(List.of(VirtualAddress.of(addr("10.9.9.9"))), p.excludedVips());
    }

    @Test
    void v3UsesCentisecondsAndIpv6VipsGetNodadUnlessMinusNodad() {
        InstanceParams p = only("""
                vrrp_instance VI_6 {
                    interface eth0
                    virtual_router_id 9
                    version 3
                    advert_int 0.25
                    preempt_delay 3
                    virtual_ipaddress {
                        fd00::100/64
                        fd00::101/64 -nodad
                    }
                }
                """);
        assertEquals(VrrpVersion.V3, p.version());
        assertTrue(p.ipv6());
        assertEquals(25, p.adverIntCs());
        assertEquals(3_000_000, p.preemptDelayUs());
        assertTrue(p.vips().get(0).noDad(), "keepalived sets IFA_F_NODAD on IPv6 VIPs");
        assertFalse(p.vips().get(1).noDad(), "-nodad clears it");
    }

    @Test
    void garpSettingsComeFromTheInstanceTheGlobalsAndTheGarpGroup() {
        InstanceParams p = only("""
                global_defs {
                    vrrp_garp_master_delay 10
                    vrrp_garp_master_repeat 3
                    vrrp_garp_interval 0.001
                }
                garp_group {
                    garp_interval 0.002
                    gna_interval 0.003
                    interface eth0
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    garp_master_refresh 60
                    virtual_ipaddress {
                        10.0.0.100
                    }
                }
                """);
        GarpParams g = p.garp();
        assertEquals(10_000_000, g.masterDelayUs());
        assertEquals(3, g.masterRepeat());
        assertEquals(60_000_000, g.masterRefreshUs());
        assertEquals(2_000, g.intervalUs(), "garp_group wins over vrrp_garp_interval");
        assertEquals(3_000, g.naIntervalUs());
    }

    @Test
    void notifyScriptsAreArgvAndRunAsTheScriptUserThroughSetpriv() {
        ScriptLauncher switching = new ScriptLauncher("nobody", null, c -> true,
                u -> u.equals("nobody") ? Optional.of(65534) : Optional.empty(), true);
        KeepalivedConfig c = ConfigParser.parse("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    notify_master "/usr/local/bin/to-master arg1"
                    notify /usr/local/bin/any
                    virtual_ipaddress {
                        10.0.0.100
                    }
                }
                """).config();
        InstanceParams p = new ConfigBinder(switching, new KeywordWarnings()).bind(c).instances().getFirst().params();
        assertEquals(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=65534", "--init-groups", "--",
                "/usr/local/bin/to-master", "arg1"), p.notifyScripts().master());
        assertEquals("/usr/local/bin/any", p.notifyScripts().any().getLast());
        assertEquals(List.of(), p.notifyScripts().backup());
    }

    @Test
    void trackingIncludesTheOwnInterfaceAndSyncGroupWeightsOnlyWithTrackingWeight() {
        ConfigBinder.Bound b = bind("""
                vrrp_script chk {
                    script "/bin/true"
                    interval 1
                    weight -20
                }
                vrrp_sync_group G1 {
                    group {
                        VI_1
                    }
                    track_script {
                        chk
                    }
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    track_interface {
                        eth1 weight 10
                    }
                    virtual_ipaddress {
                        10.0.0.100
                    }
                }
                """);
        List<TrackEntry> t = b.instances().getFirst().tracking();
        assertEquals(new TrackEntry.Interface("eth0", 0, false), t.get(0));
        assertEquals(new TrackEntry.Interface("eth1", 0, false), t.get(1),
                "in a sync group without sync_group_tracking_weight keepalived ignores the instance's weights too");
        TrackEntry.Script s = (TrackEntry.Script) t.get(2);
        assertEquals(0, s.weight(), "a sync group's tracking faults unless sync_group_tracking_weight");
        assertEquals(List.of("/bin/true"), s.argv());
        assertEquals(List.of("VI_1"), b.groups().getFirst().members());
    }

    @Test
    void useVmacRunsTheInstanceOnTheMacvlanWithTheVrrpMac() {
        ConfigBinder.Bound b = bind("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    use_vmac
                    virtual_ipaddress {
                        10.0.0.100
                    }
                }
                """);
        BoundInstance i = b.instances().getFirst();
        assertEquals("vrrp.51", i.params().interfaceName());
        assertEquals("vrrp.51", i.vmac().name());
        assertEquals("eth0", i.vmac().parent());
        assertEquals(List.of(0, 0, 0x5e, 0, 1, 51), toList(i.vmac().mac()));
        assertNull(i.params().vips().getFirst().device(), "VIPs go on the VMAC");
    }

    @Test
    void unsupportedKeywordsWarnOnceAndAhIsRefused() {
        KeywordWarnings w = new KeywordWarnings();
        KeepalivedConfig c = ConfigParser.parse("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    promote_secondaries
                    virtual_ipaddress {
                        10.0.0.100
                    }
                }
                vrrp_instance VI_2 {
                    interface eth0
                    virtual_router_id 52
                    promote_secondaries
                    authentication {
                        auth_type AH
                        auth_pass x
                    }
                    virtual_ipaddress {
                        10.0.0.101
                    }
                }
                """).config();
        ConfigBinder.Bound b = new ConfigBinder(ROOT_SCRIPTS, w).bind(c);
        assertEquals(List.of("VI_1"), b.instances().stream().map(BoundInstance::name).toList());
        assertTrue(w.warnedKeywords().contains("promote_secondaries"));
        assertFalse(w.unsupported("VI_2", "promote_secondaries", "again"), "logged once");
    }

    static List<Integer> toList(byte[] b) {
        return java.util.stream.IntStream.range(0, b.length).mapToObj(i -> b[i] & 0xff).toList();
    }

    static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
