package org.keepalived4j.vrrp.track;

import org.keepalived4j.vrrp.bind.TrackEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code vrrp_track_process}: quorum held when {@code quorum <= count <= quorum_max}; a change is acted on
 * only when it lasted {@code fork_delay} (gaining) or {@code terminate_delay} (losing), as keepalived's timers.
 * Tracker thread only; fed by the hub's periodic {@code /proc} scan.
 */
final class ProcessTracker {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessTracker.class);

    final TrackEntry.ProcessSpec spec;
    private Boolean haveQuorum;
    private long count;
    private Boolean pending;
    private long pendingSinceMs;

    ProcessTracker(TrackEntry.ProcessSpec spec) {
        this.spec = spec;
    }

    /** The quorum state, null before the first scan. */
    Boolean haveQuorum() {
        return haveQuorum;
    }

    /** Processes counted at the last scan. */
    long count() {
        return count;
    }

    /**
     * A scan counted {@code n} processes at {@code nowMs}.
     *
     * @return true when the quorum state changed
     */
    boolean onScan(long n, long nowMs) {
        count = n;
        boolean q = n >= spec.quorum() && n <= spec.quorumMax();
        if (haveQuorum == null) {
            haveQuorum = q;
            return true;
        }
        if (q == haveQuorum) {
            pending = null;
            return false;
        }
        long delayMs = (q ? spec.forkDelay() : spec.terminateDelay()).toMillis();
        if (delayMs > 0) {
            if (pending == null || pending != q) {
                pending = q;
                pendingSinceMs = nowMs;
                return false;
            }
            if (nowMs - pendingSinceMs < delayMs) {
                return false;
            }
        }
        pending = null;
        haveQuorum = q;
        LOG.info("Quorum {} for tracked process {}", q ? "gained" : "lost", spec.name());
        return true;
    }

    /** When a pending change becomes due (ms), or -1. */
    long pendingDueMs() {
        if (pending == null) {
            return -1;
        }
        return pendingSinceMs + (pending ? spec.forkDelay() : spec.terminateDelay()).toMillis();
    }
}
