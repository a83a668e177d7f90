package org.keepalived4j.check.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;

/**
 * One virtual server's state, as keepalived's {@code ipwrapper.c} keeps it: its real servers, whether the quorum is
 * met, and whether the sorry server is in use. Every change is worded in the log as keepalived words it.
 *
 * <table>
 * <caption>rules (keepalived 2.2.7)</caption>
 * <tr><td>weight sum</td><td>sum of {@link RealServerHealth#ipvsWeight()} of alive real servers</td></tr>
 * <tr><td>quorum gained</td><td>when down and sum &ge; quorum + hysteresis</td></tr>
 * <tr><td>quorum lost</td><td>when up and (sum = 0 or sum &lt; quorum - hysteresis)</td></tr>
 * <tr><td>sorry server</td><td>in the pool (alone, apart from inhibited real servers at weight 0) while the quorum is
 * lost; at start when the quorum is not met</td></tr>
 * <tr><td>inhibit_on_failure</td><td>a failed real server stays in IPVS with weight 0</td></tr>
 * </table>
 *
 * <p>Not thread-safe: the owner (the checkers' event loop) calls it.
 */
public final class VirtualServerHealth {

    private final VirtualServer config;
    private final HealthSink sink;
    private final List<RealServerHealth> realServers;
    private final String sorryText;
    private boolean quorumUp;
    private boolean sorryActive;
    private long version;

    /**
     * @param config the virtual server
     * @param sink   receives log lines and events
     */
    public VirtualServerHealth(VirtualServer config, HealthSink sink) {
        this.config = Objects.requireNonNull(config, "config");
        this.sink = Objects.requireNonNull(sink, "sink");
        List<RealServerHealth> list = new ArrayList<>();
        for (RealServer rs : config.realServers()) {
            list.add(new RealServerHealth(config, rs));
        }
        this.realServers = List.copyOf(list);
        this.sorryText = config.sorryServer() == null ? null
                : LvsNames.trio(config.sorryServer().address(), config.protocol());
        // keepalived's set_quorum_states runs before any real server is alive.
        this.quorumUp = 0 >= config.quorum() + config.hysteresis();
    }

    /**
     * Takes over the state of the same virtual server in the previous configuration (reload): each real server with
     * the same address and the same checks keeps its state; quorum and sorry-server state are kept. Call before
     * {@link #init()}, which then re-evaluates the quorum for the new configuration.
     *
     * @param old        the previous configuration's virtual server with the same identity
     * @param sameChecks true when two real servers' checks probe the same things the same way
     * @return the real servers whose state was taken over
     */
    public List<RealServerHealth> migrateFrom(VirtualServerHealth old,
                                              java.util.function.BiPredicate<RealServer, RealServer> sameChecks) {
        List<RealServerHealth> kept = new ArrayList<>();
        for (RealServerHealth rs : realServers) {
            for (RealServerHealth o : old.realServers) {
                if (o.config().address().equals(rs.config().address()) && sameChecks.test(o.config(), rs.config())) {
                    rs.copyStateFrom(o);
                    kept.add(rs);
                    break;
                }
            }
        }
        quorumUp = old.quorumUp;
        sorryActive = old.sorryActive && config.sorryServer() != null;
        version++;
        return kept;
    }

    /** The identity keepalived's reload matches virtual servers by: name, protocol and family. */
    public static String identity(VirtualServer vs) {
        return vs.displayName() + "/" + vs.protocol() + "/" + vs.family();
    }

    /** The configuration. */
    public VirtualServer config() {
        return config;
    }

    /** keepalived's name for it in logs. */
    public String text() {
        return config.displayName();
    }

    /** The real servers, in config order. */
    public List<RealServerHealth> realServers() {
        return realServers;
    }

    /**
     * Grows whenever something that the IPVS table is made of may have changed (a real server's state or weight,
     * the quorum, the sorry server), so an owner can skip rebuilding the table after a report that changed
     * nothing.
     */
    public long version() {
        return version;
    }

    /** True while the quorum is met. */
    public boolean quorumUp() {
        return quorumUp;
    }

    /** True while the sorry server is in the pool. */
    public boolean sorryActive() {
        return sorryActive;
    }

    /**
     * Start-up (keepalived's {@code init_service_vs}): every real server without a failed checker is alive (with
     * {@code alpha} its checkers start failed), then the quorum is evaluated, which may bring in the sorry server.
     */
    public void init() {
        version++;
        for (RealServerHealth rs : realServers) {
            if (rs.failedCheckers() == 0) {
                rs.alive(true);
            }
        }
        updateQuorum(true);
    }

    /**
     * A checker of a real server reported (keepalived's {@code update_svr_checker_state}).
     *
     * @param rs      the real server
     * @param checker the index of the check in {@code rs.config().checks()}
     * @param up      the checker's new state
     */
    public void onCheckerReport(RealServerHealth rs, int checker, boolean up) {
        if (rs.checkerUp(checker) == up) {
            if (!rs.checkerHasRun(checker)) {
                rs.markRun(checker);
                if (rs.checkerAlpha(checker) || !up) {
                    notifyRs(rs);
                }
            }
            return;
        }
        rs.markRun(checker);
        if (up ? rs.failedCheckers() <= 1 : rs.failedCheckers() == 0) {
            setAlive(rs, up);
        }
        rs.setCheckerUp(checker, up);
    }

    /** keepalived's {@code perform_svr_state}. */
    private void setAlive(RealServerHealth rs, boolean alive) {
        if (rs.alive() == alive) {
            return;
        }
        version++;
        boolean inhibit = rs.config().inhibitOnFailure();
        sink.log((alive ? (inhibit ? "Enabl" : "Add") : (inhibit ? "Disabl" : "Remov")) + "ing service "
                + rs.text() + " " + (inhibit ? "of" : alive ? "to" : "from") + " VS " + text());
        rs.alive(alive);
        notifyRs(rs);
        updateQuorum(false);
    }

    /**
     * A MISC_CHECK with {@code misc_dynamic} (or a plain one) finished (keepalived's {@code misc_check_child_thread}
     * weight handling); call before {@link #onCheckerReport}.
     *
     * @param rs        the real server
     * @param checker   the check's index
     * @param status    the exit status
     * @param passed    true if the status is a pass (0, or 2-255 with misc_dynamic)
     * @param exhausted for a failure: true if the retries are used up (the weight adjustment is dropped)
     */
    public void onMiscStatus(RealServerHealth rs, int checker, int status, boolean passed, boolean exhausted) {
        if (passed) {
            if (status != rs.lastExitStatus(checker)) {
                long delta = status == 0 ? 0 : (status - 2) - rs.config().weight();
                long weight = rs.effectiveWeight() - rs.weightDelta(checker) + delta;
                rs.weightDelta(checker, delta);
                changeWeight(rs, weight);
                rs.lastExitStatus(checker, status);
            }
        } else if (exhausted) {
            version++;
            rs.effectiveWeight(rs.effectiveWeight() - rs.weightDelta(checker));
            rs.weightDelta(checker, 0);
            rs.lastExitStatus(checker, status);
        }
    }

    /**
     * A FILE_CHECK's track file changed (keepalived's {@code process_update_checker_track_file_status}): into a
     * fault the checker goes down and its weight adjustment is dropped; out of a fault the adjustment is applied and
     * the checker comes up; otherwise the real server's weight moves by the difference.
     *
     * @param rs       the real server
     * @param checker  the FILE_CHECK's index
     * @param previous {@link TrackFileWeight#status} of the old value
     * @param next     {@link TrackFileWeight#status} of the new value
     */
    public void onFileStatus(RealServerHealth rs, int checker, long previous, long next) {
        if (previous == next) {
            return;
        }
        version++;
        if (next == TrackFileWeight.FAULT) {
            onCheckerReport(rs, checker, false);
            rs.effectiveWeight(rs.effectiveWeight() - rs.weightDelta(checker));
            rs.weightDelta(checker, 0);
        } else if (previous == TrackFileWeight.FAULT) {
            rs.weightDelta(checker, next);
            rs.effectiveWeight(rs.effectiveWeight() + next);
            onCheckerReport(rs, checker, true);
        } else {
            changeWeight(rs, rs.effectiveWeight() + next - previous);
            rs.weightDelta(checker, next);
        }
    }

    /**
     * A FILE_CHECK's value at start; see {@link RealServerHealth#initFileCheck}. Call before {@link #init()}.
     *
     * @param rs      the real server
     * @param checker the FILE_CHECK's index
     * @param status  {@link TrackFileWeight#status} of the file's value
     */
    public void initFileCheck(RealServerHealth rs, int checker, long status) {
        version++;
        rs.initFileCheck(checker, status);
    }

    /** keepalived's {@code update_svr_wgt} with quorum update. */
    private void changeWeight(RealServerHealth rs, long weight) {
        if (weight != rs.effectiveWeight()) {
            version++;
        }
        int old = rs.ipvsWeight();
        rs.effectiveWeight(weight);
        int now = rs.ipvsWeight();
        if (now != old) {
            sink.log("Changing weight from " + old + " to " + now + " for " + (rs.alive() ? "" : "in")
                    + "active service " + rs.text() + " of VS " + text());
            updateQuorum(false);
        }
    }

    /** Sum of the IPVS weights of alive real servers (keepalived's {@code weigh_live_realservers}). */
    public long weightSum() {
        long sum = 0;
        for (RealServerHealth rs : realServers) {
            if (rs.alive()) {
                sum += rs.ipvsWeight();
            }
        }
        return sum;
    }

    /** keepalived's {@code update_quorum_state}. */
    private void updateQuorum(boolean init) {
        long sum = weightSum();
        long quorum = config.quorum();
        long hysteresis = config.hysteresis();
        long threshold = quorum + (quorumUp ? -hysteresis : hysteresis);
        if (!quorumUp && sum >= threshold) {
            version++;
            quorumUp = true;
            sink.log("Gained quorum " + quorum + "+" + hysteresis + "=" + threshold + " <= " + sum + " for VS "
                    + text());
            if (sorryActive) {
                sink.log((config.sorryServer().inhibit() ? "Disabling" : "Removing") + " sorry server " + sorryText
                        + " from VS " + text());
                sorryActive = false;
                sink.log("Adding alive servers to the pool for VS " + text());
            }
            sink.event(new HealthEvent.QuorumChanged(config, true, config.quorumUp(), init, threshold, sum));
        } else if ((quorumUp && (sum == 0 || sum < threshold))
                || (init && !quorumUp && config.sorryServer() != null && !sorryActive)) {
            version++;
            quorumUp = false;
            sink.log((init ? "Starting with quorum down" : "Lost quorum") + " " + quorum + "-" + hysteresis + "="
                    + threshold + " > " + sum + " for VS " + text());
            if (config.sorryServer() != null && !sorryActive) {
                sink.log((config.sorryServer().inhibit() ? "Enabling" : "Adding") + " sorry server " + sorryText
                        + " to VS " + text());
                sink.log("Removing alive servers from the pool for VS " + text());
                sorryActive = true;
            }
            sink.event(new HealthEvent.QuorumChanged(config, false, config.quorumDown(), init, threshold, sum));
        }
    }

    private void notifyRs(RealServerHealth rs) {
        sink.event(new HealthEvent.RealServerChanged(config, rs.config(), rs.text(), rs.alive(),
                rs.alive() ? rs.config().notifyUp() : rs.config().notifyDown()));
    }
}
