package org.keepalived4j.vrrp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VrrpState;

/** Two agents on an in-memory segment, stepped with a fake clock: elections and failover times without root. */
class AgentOverMemoryLinkTest {
    static final long STEP_US = 1_000;

    final MemoryLink link = new MemoryLink();
    final InMemoryVipManager vipsA = new InMemoryVipManager();
    final InMemoryVipManager vipsB = new InMemoryVipManager();
    final NotifyRunner notifier = new NotifyRunner();
    final MemoryLink.Port portA = link.port("eth0", mac(0xa), ip("10.0.0.1").getAddress(),
            ip("fe80::a").getAddress());
    final MemoryLink.Port portB = link.port("eth0", mac(0xb), ip("10.0.0.2").getAddress(),
            ip("fe80::b").getAddress());
    VrrpAgent a;
    VrrpAgent b;
    long now = 5_000_000_000L;

    static byte[] mac(int last) {
        return new byte[] {2, 0, 0, 0, 0, (byte) last};
    }

    static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static InstanceParams.Builder v2(int priority) {
        return InstanceParams.builder("VI_1", 51, "eth0").priority(priority).vipAddresses(List.of(ip("10.0.0.100")))
                .auth(AuthType.PASS, "secret");
    }

    void start(InstanceParams pa, InstanceParams pb) {
        a = new VrrpAgent(() -> now, vipsA, notifier, true, false);
        b = new VrrpAgent(() -> now, vipsB, notifier, true, false);
        a.addInstance(pa, portA);
        b.addInstance(pb, portB);
        a.start(now);
        b.start(now);
    }

    /** Steps both agents by 1 ms until {@code durationUs} has passed. */
    void run(long durationUs) {
        long end = now + durationUs;
        while (now - end < 0) {
            now += STEP_US;
            a.doWork(now);
            b.doWork(now);
        }
    }

    /** Steps until {@code agent}'s VI_1 is in {@code state}; returns the µs it took. */
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
    void higherPriorityWinsAndOnlyTheMasterHoldsTheVip() {
        start(v2(150).build(), v2(100).build());
        long took = runUntil(a, VrrpState.MASTER, 4_000_000);
        assertEquals(3_414_062, took, 1_000, "Master_Down_Interval of priority 150");
        run(10_000_000);
        assertEquals(VrrpState.BACKUP, b.state("VI_1"));
        assertEquals(Set.of("eth0 10.0.0.100/32"), vipsA.present());
        assertEquals(Set.of(), vipsB.present());
        assertTrue(b.instance("VI_1").stats().advertRcvd() >= 10);
    }

    @Test
    void backupTakesOverWithinMasterDownIntervalWhenTheMasterDies() {
        start(v2(150).build(), v2(100).build());
        runUntil(a, VrrpState.MASTER, 4_000_000);
        run(2_000_000);
        portA.down(true);
        long took = runUntil(b, VrrpState.MASTER, 5_000_000);
        // last advert at most one interval before the cut, then 3 * 1 s + (256-100)/256 s
        assertTrue(took <= 3_609_375 + STEP_US && took >= 2_609_375, "took " + took);
        assertEquals(Set.of("eth0 10.0.0.100/32"), vipsB.present());
    }

    @Test
    void priorityZeroOnShutdownHandsOverWithinSkewTime() {
        start(v2(150).build(), v2(100).build());
        runUntil(a, VrrpState.MASTER, 4_000_000);
        run(1_500_000);
        a.shutdown();
        long took = runUntil(b, VrrpState.MASTER, 2_000_000);
        assertTrue(took <= 609_375 + 2 * STEP_US, "took " + took);
        assertEquals(Set.of(), vipsA.present());
        assertEquals(1, a.instance("VI_1").stats().priZeroSent());
    }

    /** B runs alone until MASTER, then A (priority 150) starts: it preempts, unless nopreempt. */
    private void returningNode(InstanceParams pa) {
        a = new VrrpAgent(() -> now, vipsA, notifier, false, false);
        b = new VrrpAgent(() -> now, vipsB, notifier, false, false);
        a.addInstance(pa, portA);
        b.addInstance(v2(100).build(), portB);
        b.start(now);
        while (b.state("VI_1") != VrrpState.MASTER) {
            now += STEP_US;
            b.doWork(now);
        }
        a.start(now);
    }

    @Test
    void returningHigherPriorityPreempts() {
        returningNode(v2(150).build());
        long took = runUntil(a, VrrpState.MASTER, 5_000_000);
        assertEquals(3_414_062, took, 2_000, "lower-priority adverts are discarded; master down timer runs out");
        run(100_000);
        assertEquals(VrrpState.BACKUP, b.state("VI_1"));
        assertEquals(Set.of(), vipsB.present());
    }

    @Test
    void returningHigherPriorityWithNopreemptStaysBackup() {
        returningNode(v2(150).nopreempt(true).build());
        run(10_000_000);
        assertEquals(VrrpState.BACKUP, a.state("VI_1"));
        assertEquals(VrrpState.MASTER, b.state("VI_1"));
    }

    @Test
    void passwordMismatchLeavesBothMasterAndIsCounted() {
        start(v2(150).build(), v2(100).auth(AuthType.PASS, "other").build());
        run(5_000_000);
        assertEquals(VrrpState.MASTER, a.state("VI_1"));
        assertEquals(VrrpState.MASTER, b.state("VI_1"));
        assertTrue(a.instance("VI_1").stats().snapshot().authFailure() > 0);
        assertTrue(b.instance("VI_1").stats().snapshot().authFailure() > 0);
    }

    @Test
    void v3OverIpv6WithCentisecondIntervals() {
        InstanceParams.Builder p = InstanceParams.builder("VI_1", 53, "eth0").version(VrrpVersion.V3).ipv6(true)
                .advertIntCs(10).vipAddresses(List.of(ip("fd00::100")));
        start(p.priority(150).build(), p.priority(100).build());
        long took = runUntil(a, VrrpState.MASTER, 1_000_000);
        assertEquals(300_000 + 41_406, took, 1_000);
        run(1_000_000);
        assertEquals(VrrpState.BACKUP, b.state("VI_1"));
        portA.down(true);
        long failover = runUntil(b, VrrpState.MASTER, 1_000_000);
        assertTrue(failover <= 300_000 + 60_937 + STEP_US, "took " + failover);
        // unsolicited NAs went out from B (type 136 after the 14 + 40 byte headers)
        assertTrue(link.wire().stream().anyMatch(f -> f.length == 86 && (f[54] & 0xff) == 136 && f[11] == 0xb));
    }

    @Test
    void trackerFaultHandsOverAndStatsFileIsWritten() {
        start(v2(150).build(), v2(100).build());
        runUntil(a, VrrpState.MASTER, 4_000_000);
        a.trackerChanged("VI_1", 1, 0);
        long took = runUntil(b, VrrpState.MASTER, 2_000_000);
        assertTrue(took <= 609_375 + 2 * STEP_US, "priority 0 on FAULT: took " + took);
        assertEquals(VrrpState.FAULT, a.state("VI_1"));
        StringBuilder out = new StringBuilder();
        a.requestStats(out::append);
        a.doWork(now);
        assertTrue(out.toString().startsWith("VRRP Instance: VI_1\n  Advertisements:\n"), out.toString());
    }
}
