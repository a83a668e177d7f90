package org.keepalived4j.check.health;

import java.util.List;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.model.lvs.PeriodicCheck;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;

/**
 * One real server of one virtual server (keepalived's {@code real_server_t}): which of its checkers are up, whether
 * it is alive, and its effective weight. A real server with several checkers is alive only while all are up; one
 * without checkers is always alive. Changed only through its {@link VirtualServerHealth}.
 */
public final class RealServerHealth {

    private final RealServer config;
    private final String text;
    private final boolean[] checkerUp;
    private final boolean[] checkerHasRun;
    private final boolean[] checkerAlpha;
    private final long[] weightDelta;
    private final int[] lastExitStatus;
    private int failedCheckers;
    private boolean alive;
    private long effectiveWeight;

    RealServerHealth(VirtualServer vs, RealServer config) {
        this.config = config;
        this.text = LvsNames.trio(config.address(), vs.protocol());
        List<Check> checks = config.checks();
        int n = checks.size();
        this.checkerUp = new boolean[n];
        this.checkerHasRun = new boolean[n];
        this.checkerAlpha = new boolean[n];
        this.weightDelta = new long[n];
        this.lastExitStatus = new int[n];
        for (int i = 0; i < n; i++) {
            boolean alpha = checks.get(i) instanceof PeriodicCheck p && p.settings().alpha();
            checkerAlpha[i] = alpha;
            checkerUp[i] = !alpha;
            lastExitStatus[i] = -1;
            if (alpha) {
                failedCheckers++;
            }
        }
        this.effectiveWeight = config.weight();
    }

    /** The configuration. */
    public RealServer config() {
        return config;
    }

    /** keepalived's text for it: {@code [addr]:proto:port} with the virtual server's protocol. */
    public String text() {
        return text;
    }

    /** True while every checker is up (keepalived's {@code ISALIVE(rs)}). */
    public boolean alive() {
        return alive;
    }

    /** Number of checkers currently down. */
    public int failedCheckers() {
        return failedCheckers;
    }

    /** The weight now in force: the configured weight plus MISC_CHECK misc_dynamic adjustments. */
    public long effectiveWeight() {
        return effectiveWeight;
    }

    /** The weight IPVS gets: the effective weight clamped to 0..2^31-1 (keepalived's {@code real_weight}). */
    public int ipvsWeight() {
        return (int) Math.clamp(effectiveWeight, 0, Integer.MAX_VALUE);
    }

    /**
     * Takes over the state of the same real server in the previous configuration, whose checks are the same
     * (keepalived's reload {@code migrate_checkers}): checker results, alive flag, MISC_CHECK weight adjustments
     * (on top of the new configured weight).
     */
    void copyStateFrom(RealServerHealth old) {
        failedCheckers = 0;
        long deltas = 0;
        for (int i = 0; i < checkerUp.length; i++) {
            checkerUp[i] = old.checkerUp[i];
            checkerHasRun[i] = old.checkerHasRun[i];
            weightDelta[i] = old.weightDelta[i];
            lastExitStatus[i] = old.lastExitStatus[i];
            deltas += weightDelta[i];
            if (!checkerUp[i]) {
                failedCheckers++;
            }
        }
        alive = old.alive;
        effectiveWeight = config.weight() + deltas;
    }

    /**
     * A FILE_CHECK's state at start (keepalived's {@code set_track_file_weights} and
     * {@code set_track_file_checkers_down}): it has "run" already; a fault makes it down, otherwise its adjustment
     * is added to the weight. Call before {@link VirtualServerHealth#init()}.
     *
     * @param i      the check's index
     * @param status {@link TrackFileWeight#status}
     */
    void initFileCheck(int i, long status) {
        checkerHasRun[i] = true;
        boolean fault = status == TrackFileWeight.FAULT;
        setCheckerUp(i, !fault);
        long delta = fault ? 0 : status;
        effectiveWeight += delta - weightDelta[i];
        weightDelta[i] = delta;
    }

    boolean checkerUp(int i) {
        return checkerUp[i];
    }

    boolean checkerHasRun(int i) {
        return checkerHasRun[i];
    }

    boolean checkerAlpha(int i) {
        return checkerAlpha[i];
    }

    void markRun(int i) {
        checkerHasRun[i] = true;
    }

    /** keepalived's {@code set_checker_state}. */
    void setCheckerUp(int i, boolean up) {
        if (checkerUp[i] == up) {
            return;
        }
        checkerUp[i] = up;
        if (!up) {
            failedCheckers++;
        } else if (failedCheckers > 0) {
            failedCheckers--;
        }
    }

    void alive(boolean alive) {
        this.alive = alive;
    }

    void effectiveWeight(long weight) {
        this.effectiveWeight = weight;
    }

    long weightDelta(int i) {
        return weightDelta[i];
    }

    void weightDelta(int i, long delta) {
        weightDelta[i] = delta;
    }

    int lastExitStatus(int i) {
        return lastExitStatus[i];
    }

    void lastExitStatus(int i, int status) {
        lastExitStatus[i] = status;
    }
}
