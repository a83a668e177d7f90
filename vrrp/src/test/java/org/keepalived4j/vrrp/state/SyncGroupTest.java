package org.keepalived4j.vrrp.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keepalived4j.vrrp.state.VrrpInstanceTest.T0;
import static org.keepalived4j.vrrp.state.VrrpInstanceTest.ip;

import java.util.List;
import org.junit.jupiter.api.Test;

/** vrrp_sync_group: members move to MASTER, BACKUP and FAULT together (keepalived vrrp_sync.c). */
class SyncGroupTest {
    final RecordingSink sink = new RecordingSink();
    final VrrpInstance a = new VrrpInstance(InstanceParams.builder("VI_A", 51, "eth0").priority(100)
            .vipAddresses(List.of(ip("10.0.0.100"))).build(), ip("10.0.0.2").getAddress(), sink);
    final VrrpInstance b = new VrrpInstance(InstanceParams.builder("VI_B", 52, "eth1").priority(150)
            .vipAddresses(List.of(ip("10.1.0.100"))).build(), ip("10.1.0.2").getAddress(), sink);
    final SyncGroup group = new SyncGroup("G1", List.of(a, b), sink);

    private void bothMaster() {
        a.start(T0);
        b.start(T0);
        b.onTimer(b.nextDeadlineUs());
        a.onTimer(a.nextDeadlineUs());
        assertEquals(VrrpState.MASTER, a.state());
        assertEquals(VrrpState.MASTER, b.state());
        sink.take();
    }

    @Test
    void aMemberWaitsUntilEveryMemberWantsMasterThenAllGo() {
        a.start(T0);
        b.start(T0);
        sink.take();
        // b (priority 150) times out first, but a does not want MASTER yet: b is held back
        long tb = b.nextDeadlineUs();
        b.onTimer(tb);
        assertEquals(VrrpState.BACKUP, b.state());
        assertEquals(VrrpState.MASTER, b.wantState());
        assertTrue(sink.take().isEmpty());
        // a times out: now everyone wants MASTER, the whole group goes
        long ta = a.nextDeadlineUs();
        a.onTimer(ta);
        assertEquals(VrrpState.MASTER, a.state());
        assertEquals(VrrpState.MASTER, b.state());
        assertEquals(VrrpState.MASTER, group.state());
        List<String> actions = sink.take();
        assertTrue(actions.contains("VI_A notify MASTER") && actions.contains("VI_B notify MASTER"),
                actions.toString());
        assertEquals("G1 group MASTER", actions.getLast());
    }

    @Test
    void oneMemberHearingAHigherPriorityMasterTakesTheGroupToBackup() {
        bothMaster();
        a.onAdvert(FakeAdvert.of(200, 100, "10.0.0.1"), T0 + 10_000_000);
        assertEquals(VrrpState.BACKUP, a.state());
        assertEquals(VrrpState.BACKUP, b.state());
        assertEquals(VrrpState.BACKUP, group.state());
        List<String> actions = sink.take();
        assertTrue(actions.contains("VI_B removeVips"), actions.toString());
        assertEquals("G1 group BACKUP", actions.getLast());
    }

    @Test
    void oneMemberFaultFaultsTheGroupUntilItRecovers() {
        bothMaster();
        b.onTrackerChange(1, 0, T0 + 10_000_000);
        assertEquals(VrrpState.FAULT, a.state());
        assertEquals(VrrpState.FAULT, b.state());
        assertEquals(VrrpState.FAULT, group.state());
        List<String> actions = sink.take();
        assertTrue(actions.contains("VI_A advert 0") && actions.contains("VI_B advert 0"), actions.toString());
        b.onTrackerChange(0, 0, T0 + 11_000_000);
        assertEquals(VrrpState.BACKUP, a.state());
        assertEquals(VrrpState.BACKUP, b.state());
        assertEquals(VrrpState.BACKUP, group.state());
    }

    @Test
    void anInstanceBelongsToOneGroup() {
        try {
            new SyncGroup("G2", List.of(a), sink);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("already in sync group G1"));
            return;
        }
        throw new AssertionError("second group accepted");
    }
}
