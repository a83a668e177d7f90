package org.keepalived4j.check.ipvs;

import java.util.Objects;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsTable;
import org.keepalived4j.netlink.ipvs.SyncDaemon;

/**
 * The IPVS connection synchronisation daemon of {@code lvs_sync_daemon}, run as keepalived runs it
 * ({@code ipvswrapper.c ipvs_syncd_*}, {@code vrrp.c}, {@code check_daemon.c}):
 *
 * <table>
 * <caption>when</caption>
 * <tr><th>event</th><th>with a VRRP instance named</th><th>without</th></tr>
 * <tr><td>start</td><td>stop both (left over from a crash), start backup</td><td>stop both, start master and
 * backup</td></tr>
 * <tr><td>the instance becomes MASTER</td><td>stop backup, start master</td><td>-</td></tr>
 * <tr><td>the instance leaves MASTER (BACKUP, FAULT)</td><td>stop master, start backup</td><td>-</td></tr>
 * <tr><td>stop</td><td>stop the running one</td><td>stop both</td></tr>
 * </table>
 * Stopping a daemon that is not running ({@code ESRCH}) and starting one that runs ({@code EEXIST}) are not errors;
 * other kernel errors are logged with keepalived's line. Not thread-safe: the IPVS owner thread calls it.
 */
public final class SyncDaemonControl {

    /** Which daemons run. */
    public enum Mode {
        /** None. */
        STOPPED,
        /** The master (sending) daemon: the VRRP instance is MASTER. */
        MASTER,
        /** The backup (receiving) daemon: the VRRP instance is not MASTER. */
        BACKUP,
        /** Both: no VRRP instance was named. */
        BOTH
    }

    private final IpvsTable table;
    private final IpvsLog log;
    private final SyncDaemon master;
    private final SyncDaemon backup;
    private final boolean followsVrrp;
    private Mode mode = Mode.STOPPED;

    /**
     * @param table       the kernel's table
     * @param log         where errors go
     * @param settings    the daemon's settings (its state is ignored)
     * @param followsVrrp true when {@code lvs_sync_daemon} names a VRRP instance
     */
    public SyncDaemonControl(IpvsTable table, IpvsLog log, SyncDaemon settings, boolean followsVrrp) {
        this.table = Objects.requireNonNull(table, "table");
        this.log = Objects.requireNonNull(log, "log");
        this.master = withState(settings, SyncDaemon.State.MASTER);
        this.backup = withState(settings, SyncDaemon.State.BACKUP);
        this.followsVrrp = followsVrrp;
    }

    /** Start-up: clears daemons left over by an earlier run, then starts backup (or both without an instance). */
    public void start() {
        stopQuietly(SyncDaemon.State.MASTER);
        stopQuietly(SyncDaemon.State.BACKUP);
        mode = Mode.STOPPED;
        if (followsVrrp) {
            startDaemon(backup);
            mode = Mode.BACKUP;
        } else {
            startDaemon(master);
            startDaemon(backup);
            mode = Mode.BOTH;
        }
    }

    /**
     * The VRRP instance changed state (keepalived's {@code ipvs_syncd_master} / {@code ipvs_syncd_backup}).
     *
     * @param isMaster true when it became MASTER, false when it is BACKUP or FAULT
     */
    public void vrrpState(boolean isMaster) {
        if (!followsVrrp || mode == Mode.STOPPED) {
            return;
        }
        Mode want = isMaster ? Mode.MASTER : Mode.BACKUP;
        if (want == mode) {
            return;
        }
        stopDaemon(isMaster ? SyncDaemon.State.BACKUP : SyncDaemon.State.MASTER);
        startDaemon(isMaster ? master : backup);
        mode = want;
    }

    /** Stops what runs (on shutdown). */
    public void stop() {
        switch (mode) {
            case MASTER -> stopDaemon(SyncDaemon.State.MASTER);
            case BACKUP -> stopDaemon(SyncDaemon.State.BACKUP);
            case BOTH -> {
                stopQuietly(SyncDaemon.State.MASTER);
                stopQuietly(SyncDaemon.State.BACKUP);
            }
            case STOPPED -> {
                // nothing runs
            }
        }
        mode = Mode.STOPPED;
    }

    /** Which daemons run now. */
    public Mode mode() {
        return mode;
    }

    private void startDaemon(SyncDaemon daemon) {
        try {
            table.startSyncDaemon(daemon);
        } catch (IpvsException e) {
            if (!e.alreadyExists()) {
                log.error(e.getMessage());
            }
        }
    }

    private void stopDaemon(SyncDaemon.State state) {
        try {
            table.stopSyncDaemon(state);
        } catch (IpvsException e) {
            if (!e.noSuchService()) {
                log.error(e.getMessage());
            }
        }
    }

    /** keepalived's {@code ignore_error} stop. */
    private void stopQuietly(SyncDaemon.State state) {
        try {
            table.stopSyncDaemon(state);
        } catch (IpvsException e) {
            // ESRCH (not running) is the usual answer; keepalived ignores every error here, as we do.
            if (!e.noSuchService()) {
                log.info("IPVS: stopping the " + state.name().toLowerCase(java.util.Locale.ROOT)
                        + " sync daemon: " + e.getMessage());
            }
        }
    }

    private static SyncDaemon withState(SyncDaemon s, SyncDaemon.State state) {
        return new SyncDaemon(state, s.interfaceName(), s.syncId(), s.maxLength(), s.group(), s.port(), s.ttl());
    }
}
