package org.keepalived4j.vrrp.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.AddressList;
import org.keepalived4j.vrrp.codec.AdvertSpec;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.Fixtures;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * {@code unicast_peer} / {@code unicast_src_ip} through the agent on an in-memory segment with a fake clock:
 * adverts go to each peer as routed IP packets (what keepalived's raw socket sends), elections and failover work
 * over unicast, and the receive side applies keepalived's unicast rules ({@code check_unicast_src}, cast
 * mismatch, TTL not checked, only packets addressed to our source address reach the instance).
 */
class AgentUnicastTest {
    static final long STEP_US = 1_000;

    final MemoryLink link = new MemoryLink();
    final NotifyRunner notifier = new NotifyRunner();
    final InMemoryVipManager vipsA = new InMemoryVipManager();
    final InMemoryVipManager vipsB = new InMemoryVipManager();
    final MemoryLink.Port portA = link.port("eth0", mac(0xa), ip("10.0.0.1"), ip("fe80::a"))
            .address(ip("fd00::1"));
    final MemoryLink.Port portB = link.port("eth0", mac(0xb), ip("10.0.0.2"), ip("fe80::b"))
            .address(ip("fd00::2"));
    final MemoryLink.Port portC = link.port("eth0", mac(0xc), ip("10.0.0.3"), ip("fe80::c"));
    VrrpAgent a;
    VrrpAgent b;
    long now = 5_000_000_000L;

    static byte[] mac(int last) {
        return new byte[] {2, 0, 0, 0, 0, (byte) last};
    }

    static byte[] ip(String s) {
        return addr(s).getAddress();
    }

    static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static InstanceParams.Builder v2(int priority, String... peers) {
        return InstanceParams.builder("VI_1", 51, "eth0").priority(priority)
                .vipAddresses(List.of(addr("10.0.0.100"))).auth(AuthType.PASS, "secret")
                .unicastPeers(Arrays.stream(peers).map(AgentUnicastTest::addr).toList());
    }

    void start(InstanceParams pa, InstanceParams pb) {
        a = new VrrpAgent(() -> now, vipsA, notifier, false, false);
        b = new VrrpAgent(() -> now, vipsB, notifier, false, false);
        a.addInstance(pa, portA);
        b.addInstance(pb, portB);
        a.start(now);
        b.start(now);
    }

    void run(long durationUs) {
        long end = now + durationUs;
        while (now - end < 0) {
            now += STEP_US;
            a.doWork(now);
            b.doWork(now);
        }
    }

    long runUntil(VrrpAgent agent, VrrpState state, long maxUs) {
        long start = now;
        while (agent.state("VI_1") != state) {
            if (now - start > maxUs) {
                throw new AssertionError("VI_1 not " + state + " within " + maxUs + " µs");
            }
            now += STEP_US;
            a.doWork(now);
            b.doWork(now);
        }
        return now - start;
    }

    @AfterEach
    void close() {
        notifier.close();
    }

    @Test
    void unicastElectionAndFailoverV2() {
        start(v2(150, "10.0.0.2").build(), v2(100, "10.0.0.1").build());
        assertTrue(portA.unicastOpened(false) && portB.unicastOpened(false), "unicast sockets opened at start");
        long took = runUntil(a, VrrpState.MASTER, 4_000_000);
        assertEquals(3_414_062, took, 1_000);
        run(5_000_000);
        assertEquals(VrrpState.BACKUP, b.state("VI_1"));
        assertEquals(Set.of("eth0 10.0.0.100/32"), vipsA.present());
        assertTrue(b.instance("VI_1").stats().advertRcvd() >= 5);
        // every advert A sent is an IPv4 packet to 10.0.0.2, TTL 255, protocol 112, source A's primary address
        byte[] p = portA.unicastSent().getLast();
        assertEquals(0x45, p[0] & 0xff);
        assertEquals(255, p[8] & 0xff);
        assertEquals(112, p[9] & 0xff);
        assertArrayEquals(ip("10.0.0.1"), Arrays.copyOfRange(p, 12, 16));
        assertArrayEquals(ip("10.0.0.2"), Arrays.copyOfRange(p, 16, 20));
        // the wire carries them to B's MAC only: C, also on the segment, heard nothing
        assertEquals(0, link.wire().stream().filter(f -> f[0] == 1 && f[23] == 112).count(),
                "no multicast adverts");
        portA.down(true);
        long failover = runUntil(b, VrrpState.MASTER, 5_000_000);
        assertTrue(failover <= 3_609_375 + STEP_US && failover >= 2_609_375, "took " + failover);
    }

    @Test
    void everyPeerGetsItsOwnPacketAndChecksum() {
        InstanceParams pa = InstanceParams.builder("VI_1", 52, "eth0").version(VrrpVersion.V3).advertIntCs(10)
                .priority(200).vipAddresses(List.of(addr("10.0.0.100")))
                .unicastPeers(List.of(addr("10.0.0.2"), addr("10.0.0.3"))).build();
        InstanceParams pb = InstanceParams.builder("VI_1", 52, "eth0").version(VrrpVersion.V3).advertIntCs(10)
                .priority(100).vipAddresses(List.of(addr("10.0.0.100")))
                .unicastPeers(List.of(addr("10.0.0.1"))).checkUnicastSource(true).build();
        VrrpAgent c = new VrrpAgent(() -> now, new InMemoryVipManager(), notifier, false, false);
        c.addInstance(InstanceParams.builder("VI_1", 52, "eth0").version(VrrpVersion.V3).advertIntCs(10)
                .priority(90).vipAddresses(List.of(addr("10.0.0.100")))
                .unicastPeers(List.of(addr("10.0.0.1"))).build(), portC);
        start(pa, pb);
        c.start(now);
        for (int i = 0; i < 2_000; i++) {
            now += STEP_US;
            a.doWork(now);
            b.doWork(now);
            c.doWork(now);
        }
        assertEquals(VrrpState.MASTER, a.state("VI_1"));
        assertEquals(VrrpState.BACKUP, b.state("VI_1"));
        assertEquals(VrrpState.BACKUP, c.state("VI_1"));
        // both peers verified their own pseudo-header checksum
        assertEquals(0, b.instance("VI_1").stats().snapshot().chkErr());
        assertEquals(0, c.instance("VI_1").stats().snapshot().chkErr());
        assertTrue(c.instance("VI_1").stats().advertRcvd() >= 10);
        List<byte[]> sent = portA.unicastSent();
        byte[] last = sent.getLast();
        byte[] before = sent.get(sent.size() - 2);
        assertArrayEquals(ip("10.0.0.3"), Arrays.copyOfRange(last, 16, 20));
        assertArrayEquals(ip("10.0.0.2"), Arrays.copyOfRange(before, 16, 20));
        assertArrayEquals(Arrays.copyOfRange(before, 4, 6), Arrays.copyOfRange(last, 4, 6), "one IP id per round");
        assertFalse(Arrays.equals(Arrays.copyOfRange(last, 26, 28), Arrays.copyOfRange(before, 26, 28)),
                "the VRRPv3 checksum covers each peer's address");
    }

    @Test
    void ipv6UnicastWithUnicastSrcIpAndTtl() {
        InstanceParams.Builder p = InstanceParams.builder("VI_1", 53, "eth0").version(VrrpVersion.V3).ipv6(true)
                .advertIntCs(10).vipAddresses(List.of(addr("fd00::100")));
        start(p.priority(150).unicastSrcIp(addr("fd00::1")).unicastPeers(List.of(addr("fd00::2")))
                        .unicastTtl(10).build(),
                p.priority(100).unicastSrcIp(addr("fd00::2")).unicastPeers(List.of(addr("fd00::1")))
                        .unicastTtl(255).checkUnicastSource(true).build());
        assertTrue(portA.unicastOpened(true));
        runUntil(a, VrrpState.MASTER, 1_000_000);
        run(1_000_000);
        assertEquals(VrrpState.BACKUP, b.state("VI_1"), "TTL 10 is fine on unicast");
        byte[] pkt = portA.unicastSent().getLast();
        assertEquals(0x60, pkt[0] & 0xf0);
        assertEquals(112, pkt[6] & 0xff);
        assertEquals(10, pkt[7] & 0xff, "hop limit = unicast_ttl");
        assertArrayEquals(ip("fd00::1"), Arrays.copyOfRange(pkt, 8, 24));
        assertArrayEquals(ip("fd00::2"), Arrays.copyOfRange(pkt, 24, 40));
        portA.down(true);
        long failover = runUntil(b, VrrpState.MASTER, 1_000_000);
        assertTrue(failover <= 300_000 + 60_937 + STEP_US, "took " + failover);
    }

    @Test
    void checkUnicastSourceIgnoresStrangers() {
        // B only lists A as its peer; C (priority 250) unicasts to B too
        start(v2(150, "10.0.0.2").build(), v2(100, "10.0.0.1").checkUnicastSource(true).build());
        VrrpAgent c = new VrrpAgent(() -> now, new InMemoryVipManager(), notifier, false, false);
        c.addInstance(v2(250, "10.0.0.2").build(), portC);
        c.start(now);
        for (int i = 0; i < 6_000; i++) {
            now += STEP_US;
            a.doWork(now);
            b.doWork(now);
            c.doWork(now);
        }
        assertEquals(VrrpState.MASTER, c.state("VI_1"));
        assertEquals(VrrpState.MASTER, a.state("VI_1"), "A hears nothing from C");
        assertEquals(VrrpState.BACKUP, b.state("VI_1"), "B follows A, its only peer");
        assertTrue(b.instance("VI_1").stats().advertRcvd() >= 2);
    }

    @Test
    void multicastAdvertOnAUnicastInstanceIsCountedAndDropped() throws Exception {
        start(v2(150, "10.0.0.2").build(), v2(100, "10.0.0.1").build());
        AdvertSpec mcast = new AdvertSpec(VrrpVersion.V2, 51, 100, AuthType.PASS,
                "secret".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                AddressList.of(List.of(addr("10.0.0.100"))), mac(0xc), AdvertSpec.IPV4_GROUP_MAC, ip("10.0.0.3"),
                AdvertSpec.IPV4_GROUP, null, 255);
        byte[] frame = new byte[128];
        int n = new VrrpAdvertEncoder().encode(mcast, 254, 1, frame, 0);
        portB.inject(Arrays.copyOf(frame, n));
        run(10 * STEP_US);
        assertEquals(1, b.instance("VI_1").stats().snapshot().addrListErr(), "Expected unicast but got multicast");
        assertEquals(0, b.instance("VI_1").stats().advertRcvd());
    }

    @Test
    void unicastNotAddressedToOurSourceNeverReachesTheInstance() throws Exception {
        start(v2(150, "10.0.0.2").build(), v2(100, "10.0.0.1").build());
        AdvertSpec elsewhere = new AdvertSpec(VrrpVersion.V2, 51, 100, AuthType.PASS,
                "secret".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                AddressList.of(List.of(addr("10.0.0.100"))), mac(0xa), mac(0xc), ip("10.0.0.1"), ip("10.0.0.3"),
                null, 255);
        byte[] frame = new byte[128];
        int n = new VrrpAdvertEncoder().encode(elsewhere, 254, 1, frame, 0);
        portB.inject(Arrays.copyOf(frame, n));
        run(10 * STEP_US);
        assertEquals(0, b.instance("VI_1").stats().advertRcvd());
        assertEquals(0, b.instance("VI_1").stats().snapshot().addrListErr());
    }

    @Test
    void unicastPacketMatchesKeepalivedsCapture() {
        // keepalived 2.2.7: V3_UNI, vrid 55, priority 140, 10.9.0.1 -> 10.9.0.2, VIP 10.9.0.105, IP id 1
        MemoryLink lab = new MemoryLink();
        MemoryLink.Port capA = lab.port("veth0", new byte[] {2, 0, 0, 0, 0x0a, 1}, ip("10.9.0.1"), null);
        lab.port("veth0", new byte[] {2, 0, 0, 0, 0x0b, 1}, ip("10.9.0.2"), null);
        VrrpAgent agent = new VrrpAgent(() -> now, new InMemoryVipManager(), notifier, false, false);
        agent.addInstance(InstanceParams.builder("V3_UNI", 55, "veth0").version(VrrpVersion.V3).advertIntCs(100)
                .priority(140).vipAddresses(List.of(addr("10.9.0.105"))).unicastSrcIp(addr("10.9.0.1"))
                .unicastPeers(List.of(addr("10.9.0.2"))).build(), capA);
        agent.start(now);
        while (capA.unicastSent().isEmpty()) {
            now += STEP_US;
            agent.doWork(now);
        }
        byte[] captured = Fixtures.frame("v3-ipv4-unicast");
        assertArrayEquals(Arrays.copyOfRange(captured, 14, captured.length), capA.unicastSent().getFirst());
        // and on the wire the kernel (here: the memory link) framed it to the peer's MAC
        assertArrayEquals(captured, lab.wire().stream().filter(f -> f[23] == 112).findFirst().orElseThrow());
    }
}
