package org.keepalived4j.vrrp.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.VrrpVersion;

/** The RFC 9568 section 6.4 event table, row by row, with keepalived's extensions; time is a plain long. */
class VrrpInstanceTest {
    static final String OURS = "10.0.0.2";
    static final long T0 = 1_000_000_000L;

    final RecordingSink sink = new RecordingSink();

    static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static InstanceParams.Builder params(String name) {
        return InstanceParams.builder(name, 51, "eth0").priority(100).vipAddresses(List.of(ip("10.0.0.100")));
    }

    VrrpInstance instance(InstanceParams p) {
        return new VrrpInstance(p, ip(OURS).getAddress(), sink);
    }

    /** Runs the instance's timers up to {@code untilUs}, firing each deadline at its own time. */
    static long runUntil(VrrpInstance v, long nowUs, long untilUs) {
        long now = nowUs;
        while (v.hasDeadline() && v.nextDeadlineUs() - untilUs <= 0) {
            now = v.nextDeadlineUs();
            v.onTimer(now);
        }
        return untilUs;
    }

    VrrpInstance master(InstanceParams p) {
        VrrpInstance v = instance(p);
        v.start(T0);
        v.onTimer(T0 + v.masterDownIntervalUs());
        assertEquals(VrrpState.MASTER, v.state());
        sink.take();
        return v;
    }

    // ---- 6.4.1 Initialize ----

    @Test
    void startupGoesToBackupWithTheMasterDownTimer() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        assertEquals(VrrpState.BACKUP, v.state());
        assertEquals(List.of("VI_1 removeVips", "VI_1 notify BACKUP"), sink.take());
        assertEquals(T0 + 3_609_375, v.nextDeadlineUs());
    }

    @Test
    void ownerStartingAsMasterBecomesMasterAtOnce() {
        VrrpInstance v = instance(params("VI_1").priority(255).state(VrrpState.MASTER).build());
        v.start(T0);
        assertEquals(T0 + 1, v.nextDeadlineUs());
        v.onTimer(T0 + 1);
        assertEquals(VrrpState.MASTER, v.state());
        assertEquals(List.of("VI_1 removeVips", "VI_1 advert 255", "VI_1 addVips", "VI_1 garp 5",
                "VI_1 notify MASTER"), sink.take());
    }

    @Test
    void startupInFaultWhenATrackerIsAlreadyDown() {
        VrrpInstance v = instance(params("VI_1").build());
        v.onTrackerChange(1, 0, T0);
        v.start(T0);
        assertEquals(VrrpState.FAULT, v.state());
        assertFalse(v.hasDeadline());
        assertFalse(v.acceptsAdverts());
    }

    // ---- 6.4.2 Backup ----

    @Test
    void masterDownTimerExpiryMakesMasterInKeepalivedsOrder() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        sink.take();
        v.onTimer(T0 + 3_609_374);
        assertEquals(VrrpState.BACKUP, v.state());
        v.onTimer(T0 + 3_609_375);
        assertEquals(VrrpState.MASTER, v.state());
        assertEquals(List.of("VI_1 advert 100", "VI_1 addVips", "VI_1 garp 5", "VI_1 notify MASTER"), sink.take());
        assertEquals(1, v.stats().becomeMaster());
        // Adver_Timer, then garp_master_delay's second burst at +5 s
        long t = T0 + 3_609_375;
        assertEquals(t + 1_000_000, v.nextDeadlineUs());
        runUntil(v, t, t + 5_000_000);
        assertEquals(List.of("VI_1 advert 100", "VI_1 advert 100", "VI_1 advert 100", "VI_1 advert 100",
                "VI_1 garp 5", "VI_1 advert 100"), sink.take());
    }

    @Test
    void priorityZeroAdvertShortensTheTimerToSkewTime() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        v.onAdvert(FakeAdvert.of(0, 100, "10.0.0.1"), T0 + 500_000);
        assertEquals(T0 + 500_000 + 609_375, v.nextDeadlineUs());
    }

    @Test
    void higherPriorityAdvertResetsTheTimer() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        v.onAdvert(FakeAdvert.of(150, 100, "10.0.0.1"), T0 + 2_000_000);
        assertEquals(T0 + 2_000_000 + 3_609_375, v.nextDeadlineUs());
        assertEquals(150, v.masterPriority());
        // equal priority is also accepted by a BACKUP
        v.onAdvert(FakeAdvert.of(100, 100, "10.0.0.1"), T0 + 3_000_000);
        assertEquals(T0 + 3_000_000 + 3_609_375, v.nextDeadlineUs());
    }

    @Test
    void v3BackupAdoptsTheMastersInterval() {
        VrrpInstance v = instance(params("VI_1").version(VrrpVersion.V3).advertIntCs(100).build());
        v.start(T0);
        v.onAdvert(FakeAdvert.of(150, 10, "10.0.0.1"), T0 + 100);
        assertEquals(10, v.masterAdverIntCs());
        assertEquals(T0 + 100 + 300_000 + 60_937, v.nextDeadlineUs());
    }

    @Test
    void v2BackupKeepsItsInterval() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        v.onAdvert(FakeAdvert.of(150, 100, "10.0.0.1"), T0);
        assertEquals(100, v.masterAdverIntCs());
    }

    @Test
    void lowerPriorityAdvertIsDiscardedWhenPreempting() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), T0 + 2_000_000);
        assertEquals(T0 + 3_609_375, v.nextDeadlineUs());
        v.onTimer(T0 + 3_609_375);
        assertEquals(VrrpState.MASTER, v.state());
    }

    @Test
    void nopreemptKeepsALowerPriorityMaster() {
        VrrpInstance v = instance(params("VI_1").nopreempt(true).build());
        v.start(T0);
        v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), T0 + 2_000_000);
        assertEquals(T0 + 2_000_000 + 3_609_375, v.nextDeadlineUs());
    }

    @Test
    void preemptDelayHoldsOffPreemptionThenPreempts() {
        VrrpInstance v = instance(params("VI_1").preemptDelayUs(5_000_000).build());
        v.start(T0);
        long t = T0;
        for (int i = 1; i <= 5; i++) {
            t = T0 + i * 1_000_000L;
            v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), t);
            assertEquals(t + 3_609_375, v.nextDeadlineUs(), "advert " + i + " accepted during the delay");
        }
        long lastAccepted = t;
        v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), T0 + 6_000_000);
        assertEquals(lastAccepted + 3_609_375, v.nextDeadlineUs(), "delay over: discarded");
        v.onTimer(lastAccepted + 3_609_375);
        assertEquals(VrrpState.MASTER, v.state());
    }

    // ---- 6.4.3 Master ----

    @Test
    void masterAdvertisesEveryInterval() {
        VrrpInstance v = master(params("VI_1").build());
        long t = T0 + 3_609_375;
        runUntil(v, t, t + 3_000_000);
        assertEquals(List.of("VI_1 advert 100", "VI_1 advert 100", "VI_1 advert 100"), sink.take());
    }

    @Test
    void higherPriorityAdvertMakesMasterBackup() {
        VrrpInstance v = master(params("VI_1").build());
        long t = T0 + 4_000_000;
        v.onAdvert(FakeAdvert.of(150, 100, "10.0.0.1"), t);
        assertEquals(VrrpState.BACKUP, v.state());
        assertEquals(List.of("VI_1 removeVips", "VI_1 notify BACKUP"), sink.take());
        assertEquals(1, v.stats().releaseMaster());
        assertEquals(t + 3_609_375, v.nextDeadlineUs());
    }

    @Test
    void equalPriorityTieBreakOnPrimaryAddress() {
        VrrpInstance v = master(params("VI_1").build());
        v.onAdvert(FakeAdvert.of(100, 100, "10.0.0.1"), T0 + 4_000_000);
        assertEquals(VrrpState.MASTER, v.state(), "lower address loses");
        sink.take();
        v.onAdvert(FakeAdvert.of(100, 100, "10.0.0.3"), T0 + 4_100_000);
        assertEquals(VrrpState.BACKUP, v.state(), "greater address wins");
    }

    @Test
    void lowerPriorityAdvertMakesMasterReadvertiseAndReannounce() {
        VrrpInstance v = master(params("VI_1").build());
        long t = T0 + 4_000_000;
        v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), t);
        assertEquals(VrrpState.MASTER, v.state());
        assertEquals(List.of("VI_1 advert 100", "VI_1 garp 5", "VI_1 rxLowerPri"), sink.take());
        assertEquals(t + 1_000_000, v.nextDeadlineUs(), "advert timer restarted");
        runUntil(v, t, t + 5_000_000);
        assertTrue(sink.take().contains("VI_1 garp 5"), "garp_lower_prio_delay burst");
    }

    @Test
    void lowerPrioNoAdvertStaysQuiet() {
        VrrpInstance v = master(params("VI_1").lowerPrioNoAdvert(true)
                .garp(new GarpParams(5_000_000, 5, 0, 1, 0, 0, 0, 0)).build());
        v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), T0 + 4_000_000);
        assertEquals(List.of("VI_1 rxLowerPri"), sink.take());
    }

    @Test
    void priorityZeroAdvertMakesMasterAdvertiseAtOnce() {
        VrrpInstance v = master(params("VI_1").build());
        v.onAdvert(FakeAdvert.of(0, 100, "10.0.0.1"), T0 + 4_000_000);
        assertEquals(VrrpState.MASTER, v.state());
        assertEquals(List.of("VI_1 advert 100"), sink.take());
    }

    @Test
    void higherPrioSendAdvertAnswersBeforeYielding() {
        VrrpInstance v = master(params("VI_1").higherPrioSendAdvert(true).build());
        v.onAdvert(FakeAdvert.of(150, 100, "10.0.0.1"), T0 + 4_000_000);
        assertEquals(List.of("VI_1 advert 100", "VI_1 removeVips", "VI_1 notify BACKUP"), sink.take());
    }

    @Test
    void twoOwnersDropOneToPriority254() {
        VrrpInstance v = master(params("VI_1").priority(255).build());
        v.onAdvert(FakeAdvert.of(255, 100, "10.0.0.1"), T0 + 4_000_000);
        assertEquals(254, v.effectivePriority());
        assertEquals(VrrpState.BACKUP, v.state());
    }

    @Test
    void shutdownOfMasterSendsPriorityZeroAndRemovesVips() {
        VrrpInstance v = master(params("VI_1").build());
        v.onShutdown(T0 + 4_000_000);
        assertEquals(VrrpState.STOP, v.state());
        assertEquals(List.of("VI_1 advert 0", "VI_1 removeVips", "VI_1 notify STOP"), sink.take());
        assertEquals(1, v.stats().priZeroSent());
        assertFalse(v.hasDeadline());
    }

    @Test
    void shutdownOfBackupOnlyNotifies() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        sink.take();
        v.onShutdown(T0 + 1);
        assertEquals(List.of("VI_1 notify STOP"), sink.take());
    }

    // ---- FAULT and tracking ----

    @Test
    void trackerFailureMakesMasterFaultAndRecoveryBackup() {
        VrrpInstance v = master(params("VI_1").build());
        v.onTrackerChange(1, 0, T0 + 4_000_000);
        assertEquals(VrrpState.FAULT, v.state());
        assertEquals(List.of("VI_1 advert 0", "VI_1 removeVips", "VI_1 notify FAULT"), sink.take());
        assertFalse(v.acceptsAdverts());
        v.onAdvert(FakeAdvert.of(50, 100, "10.0.0.1"), T0 + 4_100_000);
        assertEquals(VrrpState.FAULT, v.state());
        v.onTrackerChange(0, 0, T0 + 5_000_000);
        assertEquals(VrrpState.BACKUP, v.state());
        assertEquals(List.of("VI_1 notify BACKUP"), sink.take());
        assertEquals(T0 + 5_000_000 + 3_609_375, v.nextDeadlineUs());
    }

    @Test
    void weightChangeMovesEffectivePriorityAndShiftsTheBackupTimer() {
        VrrpInstance v = instance(params("VI_1").build());
        v.start(T0);
        v.onTrackerChange(0, -60, T0 + 1_000_000);
        assertEquals(40, v.effectivePriority());
        // skew grows from 156/256 s to 216/256 s
        assertEquals(T0 + 3_000_000 + 843_750, v.nextDeadlineUs());
        v.onTrackerChange(0, 500, T0 + 1_000_000);
        assertEquals(254, v.effectivePriority(), "clamped below owner");
        v.onTrackerChange(0, -500, T0 + 1_000_000);
        assertEquals(1, v.effectivePriority(), "clamped to 1");
    }

    @Test
    void ownerPriorityIgnoresWeights() {
        VrrpInstance v = instance(params("VI_1").priority(255).build());
        v.onTrackerChange(0, -100, T0);
        assertEquals(255, v.effectivePriority());
    }

    @Test
    void lowerWeightedMasterIsPreemptedByThePeer() {
        VrrpInstance v = master(params("VI_1").build());
        v.onTrackerChange(0, -30, T0 + 4_000_000);
        v.onTimer(T0 + 4_609_375);
        assertEquals(List.of("VI_1 advert 70"), sink.take());
        v.onAdvert(FakeAdvert.of(90, 100, "10.0.0.1"), T0 + 4_700_000);
        assertEquals(VrrpState.BACKUP, v.state());
    }
}
