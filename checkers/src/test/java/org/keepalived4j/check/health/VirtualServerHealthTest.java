package org.keepalived4j.check.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keepalived4j.check.Fixtures.addr;
import static org.keepalived4j.check.Fixtures.rs;
import static org.keepalived4j.check.Fixtures.sorry;
import static org.keepalived4j.check.Fixtures.tcp;
import static org.keepalived4j.check.Fixtures.vs;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures.Recorder;
import org.keepalived4j.check.ipvs.DesiredIpvsTable;
import org.keepalived4j.check.ipvs.DesiredTableBuilder;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.RealServer;

class VirtualServerHealthTest {

    private static final String VS = "[10.0.0.100]:tcp:80";
    private final Recorder rec = new Recorder();

    private static RealServer server(int n, boolean inhibit, boolean alpha) {
        List<Check> checks = List.of(tcp(addr("10.0.0." + n, 80), 1, alpha));
        return rs("10.0.0." + n, 80, 1, inhibit, checks);
    }

    private static Map<InetSocketAddress, IpvsDestination> dests(VirtualServerHealth vsh) {
        DesiredIpvsTable t = DesiredTableBuilder.build(List.of(vsh));
        return t.services().values().iterator().next().destinations();
    }

    private static int weight(VirtualServerHealth vsh, String ip, int port) {
        IpvsDestination d = dests(vsh).get(addr(ip, port));
        return d == null ? -1 : d.weight();
    }

    @Test
    void quorumLossBringsInTheSorryServerAndRecoveryTakesItOut() {
        VirtualServerHealth vsh = new VirtualServerHealth(
                vs("10.0.0.100", 80, 2, 0, sorry("10.0.0.9", 80, false),
                        List.of(server(2, false, false), server(3, false, false))), rec);
        vsh.init();
        assertEquals(List.of("Gained quorum 2+0=2 <= 2 for VS " + VS), rec.lines);
        assertEquals(1, weight(vsh, "10.0.0.2", 80));
        assertEquals(-1, weight(vsh, "10.0.0.9", 80));
        rec.clear();

        RealServerHealth rs2 = vsh.realServers().get(0);
        vsh.onCheckerReport(rs2, 0, false);
        assertEquals(List.of(
                "Removing service [10.0.0.2]:tcp:80 from VS " + VS,
                "Lost quorum 2-0=2 > 1 for VS " + VS,
                "Adding sorry server [10.0.0.9]:tcp:80 to VS " + VS,
                "Removing alive servers from the pool for VS " + VS), rec.lines);
        assertEquals(Map.of(addr("10.0.0.9", 80), dests(vsh).get(addr("10.0.0.9", 80))), dests(vsh),
                "only the sorry server while the quorum is lost");
        assertEquals(1, weight(vsh, "10.0.0.9", 80));
        assertTrue(rec.events.stream().anyMatch(e -> e instanceof HealthEvent.QuorumChanged q && !q.up()
                && q.script().program().equals("/bin/qdown")));
        assertTrue(rec.events.stream().anyMatch(e -> e instanceof HealthEvent.RealServerChanged r && !r.up()
                && r.script().program().equals("/bin/down")
                && r.fifoLine().equals("RS [10.0.0.2]:tcp:80 " + VS + " DOWN")));
        rec.clear();

        vsh.onCheckerReport(rs2, 0, true);
        assertEquals(List.of(
                "Adding service [10.0.0.2]:tcp:80 to VS " + VS,
                "Gained quorum 2+0=2 <= 2 for VS " + VS,
                "Removing sorry server [10.0.0.9]:tcp:80 from VS " + VS,
                "Adding alive servers to the pool for VS " + VS), rec.lines);
        assertEquals(-1, weight(vsh, "10.0.0.9", 80));
        assertEquals(1, weight(vsh, "10.0.0.2", 80));
        assertEquals(1, weight(vsh, "10.0.0.3", 80));
    }

    @Test
    void hysteresisDelaysBothLossAndGain() {
        VirtualServerHealth vsh = new VirtualServerHealth(vs("10.0.0.100", 80, 3, 1, null,
                List.of(server(2, false, false), server(3, false, false), server(4, false, false),
                        server(5, false, false))), rec);
        vsh.init();
        assertTrue(vsh.quorumUp());
        List<RealServerHealth> r = vsh.realServers();
        vsh.onCheckerReport(r.get(0), 0, false); // 3 left
        vsh.onCheckerReport(r.get(1), 0, false); // 2 left: 2 >= 3-1, still up
        assertTrue(vsh.quorumUp());
        rec.clear();
        vsh.onCheckerReport(r.get(2), 0, false); // 1 left
        assertFalse(vsh.quorumUp());
        assertTrue(rec.lines.contains("Lost quorum 3-1=2 > 1 for VS " + VS), rec.lines.toString());
        vsh.onCheckerReport(r.get(0), 0, true); // 2
        vsh.onCheckerReport(r.get(1), 0, true); // 3 < 3+1
        assertFalse(vsh.quorumUp());
        rec.clear();
        vsh.onCheckerReport(r.get(2), 0, true); // 4
        assertTrue(vsh.quorumUp());
        assertEquals("Gained quorum 3+1=4 <= 4 for VS " + VS, rec.lines.getLast());
    }

    @Test
    void inhibitOnFailureKeepsTheServerAtWeightZero() {
        VirtualServerHealth vsh = new VirtualServerHealth(vs("10.0.0.100", 80, 1, 0, null,
                List.of(server(2, true, false), server(3, false, false))), rec);
        vsh.init();
        rec.clear();
        vsh.onCheckerReport(vsh.realServers().get(0), 0, false);
        vsh.onCheckerReport(vsh.realServers().get(1), 0, false);
        assertEquals(List.of("Disabling service [10.0.0.2]:tcp:80 of VS " + VS,
                "Removing service [10.0.0.3]:tcp:80 from VS " + VS,
                "Lost quorum 1-0=1 > 0 for VS " + VS), rec.lines);
        assertEquals(0, weight(vsh, "10.0.0.2", 80), "inhibited: weight 0");
        assertEquals(-1, weight(vsh, "10.0.0.3", 80), "not inhibited: removed");
        rec.clear();
        vsh.onCheckerReport(vsh.realServers().get(0), 0, true);
        assertEquals("Enabling service [10.0.0.2]:tcp:80 of VS " + VS, rec.lines.getFirst());
        assertEquals(1, weight(vsh, "10.0.0.2", 80));
    }

    @Test
    void alphaStartsWithQuorumDownAndTheSorryServer() {
        VirtualServerHealth vsh = new VirtualServerHealth(vs("10.0.0.100", 80, 1, 0, sorry("10.0.0.9", 80, true),
                List.of(server(2, false, true))), rec);
        vsh.init();
        assertEquals(List.of("Starting with quorum down 1-0=1 > 0 for VS " + VS,
                "Enabling sorry server [10.0.0.9]:tcp:80 to VS " + VS,
                "Removing alive servers from the pool for VS " + VS), rec.lines);
        assertEquals(1, weight(vsh, "10.0.0.9", 80));
        assertEquals(-1, weight(vsh, "10.0.0.2", 80));
        rec.clear();
        // alpha: a first failure keeps it down but notifies
        vsh.onCheckerReport(vsh.realServers().getFirst(), 0, false);
        assertTrue(rec.lines.isEmpty());
        assertEquals(1, rec.events.size());
        vsh.onCheckerReport(vsh.realServers().getFirst(), 0, true);
        assertTrue(vsh.quorumUp());
        assertEquals(List.of("Adding service [10.0.0.2]:tcp:80 to VS " + VS,
                "Gained quorum 1+0=1 <= 1 for VS " + VS,
                "Disabling sorry server [10.0.0.9]:tcp:80 from VS " + VS,
                "Adding alive servers to the pool for VS " + VS), rec.lines);
        assertEquals(0, weight(vsh, "10.0.0.9", 80), "sorry_server_inhibit keeps it at weight 0");
        assertEquals(1, weight(vsh, "10.0.0.2", 80));
    }

    @Test
    void everyCheckerMustPass() {
        RealServer two = rs("10.0.0.2", 80, 1, false,
                List.of(tcp(addr("10.0.0.2", 80), 1, false), tcp(addr("10.0.0.2", 81), 1, false)));
        VirtualServerHealth vsh = new VirtualServerHealth(vs("10.0.0.100", 80, 1, 0, null, List.of(two)), rec);
        vsh.init();
        RealServerHealth r = vsh.realServers().getFirst();
        vsh.onCheckerReport(r, 0, false);
        vsh.onCheckerReport(r, 1, false);
        assertFalse(r.alive());
        assertEquals(2, r.failedCheckers());
        vsh.onCheckerReport(r, 0, true);
        assertFalse(r.alive(), "one checker still down");
        vsh.onCheckerReport(r, 1, true);
        assertTrue(r.alive());
    }

    @Test
    void miscDynamicExitCodeSetsTheWeight() {
        VirtualServerHealth vsh = new VirtualServerHealth(vs("10.0.0.100", 80, 1, 0, null,
                List.of(rs("10.0.0.2", 80, 1, false, List.of(tcp(addr("10.0.0.2", 80), 1, false))))), rec);
        vsh.init();
        rec.clear();
        RealServerHealth r = vsh.realServers().getFirst();
        vsh.onMiscStatus(r, 0, 7, true, false);
        assertEquals(5, r.effectiveWeight());
        assertEquals(List.of("Changing weight from 1 to 5 for active service [10.0.0.2]:tcp:80 of VS " + VS),
                rec.lines);
        assertEquals(5, weight(vsh, "10.0.0.2", 80));
        vsh.onMiscStatus(r, 0, 0, true, false);
        assertEquals(1, r.effectiveWeight(), "exit 0 restores the configured weight");
        rec.clear();
        vsh.onMiscStatus(r, 0, 2, true, false);
        assertEquals(0, r.effectiveWeight(), "exit 2 is weight 0");
        assertEquals("Lost quorum 1-0=1 > 0 for VS " + VS, rec.lines.getLast(), "weight 0 loses the quorum");
    }
}
