package org.keepalived4j.check.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsOperation;
import org.keepalived4j.netlink.ipvs.SyncDaemon;

/** keepalived's sync daemon sequences, call by call. */
class SyncDaemonControlTest {

    private final RecordingIpvsTable table = new RecordingIpvsTable();
    private final List<String> errors = new ArrayList<>();
    private final IpvsLog log = new IpvsLog() {
        @Override
        public void info(String line) {
            // not asserted
        }

        @Override
        public void error(String line) {
            errors.add(line);
        }
    };
    private final SyncDaemon settings = SyncDaemon.of(SyncDaemon.State.BACKUP, "eth1", 51);

    @Test
    void withoutAnInstanceBothRunFromStartToStop() {
        table.kernel().startSyncDaemon(SyncDaemon.of(SyncDaemon.State.MASTER, "eth9", 1)); // left from a crash
        SyncDaemonControl c = new SyncDaemonControl(table, log, settings, false);
        c.start();
        c.vrrpState(true); // ignored: no instance named
        c.stop();
        assertEquals(List.of("stop-daemon MASTER", "stop-daemon BACKUP", "start-daemon MASTER eth1 51",
                "start-daemon BACKUP eth1 51", "stop-daemon MASTER", "stop-daemon BACKUP"), table.calls());
        assertEquals(List.of(), errors);
    }

    @Test
    void followingAnInstanceSwitchesBetweenMasterAndBackup() {
        SyncDaemonControl c = new SyncDaemonControl(table, log, settings, true);
        c.start();
        c.vrrpState(true);
        c.vrrpState(true);
        c.vrrpState(false);
        c.stop();
        assertEquals(List.of("stop-daemon MASTER", "stop-daemon BACKUP", "start-daemon BACKUP eth1 51",
                "stop-daemon BACKUP", "start-daemon MASTER eth1 51", "stop-daemon MASTER",
                "start-daemon BACKUP eth1 51", "stop-daemon BACKUP"), table.calls());
        assertEquals(List.of(), table.kernel().syncDaemons());
    }

    @Test
    void kernelErrorsAreLogged() {
        table.failNext(IpvsOperation.START_DAEMON, 19);
        new SyncDaemonControl(table, log, settings, true).start();
        assertEquals(List.of(new IpvsException(IpvsOperation.START_DAEMON, 19, "").getMessage()), errors);
    }
}
