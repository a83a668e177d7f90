package org.keepalived4j.vrrp.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when the VRRP thread woke late for a deadline, the early sign of a false failover (a GC pause, CPU
 * starvation, a blocking call), and says so as keepalived's scheduler does ({@code A thread timer expired
 * %ld.%06ld seconds ago}). Counts late wakeups and keeps the worst lateness. VRRP thread only.
 */
public final class StallDetector {
    private static final Logger LOG = LoggerFactory.getLogger(StallDetector.class);

    private final long thresholdUs;
    private long lateWakeups;
    private long worstLatenessUs;

    /** Reports wakeups later than {@code thresholdUs} after their deadline. */
    public StallDetector(long thresholdUs) {
        this.thresholdUs = thresholdUs;
    }

    /** A deadline due at {@code deadlineUs} is being served at {@code nowUs}. */
    public void onDeadlineServed(long deadlineUs, long nowUs) {
        long late = nowUs - deadlineUs;
        if (late > thresholdUs) {
            lateWakeups++;
            if (late > worstLatenessUs) {
                worstLatenessUs = late;
            }
            LOG.warn("A thread timer expired {}.{} seconds ago", late / 1_000_000L,
                    String.format("%06d", late % 1_000_000L));
        }
    }

    /** Wakeups later than the threshold so far. */
    public long lateWakeups() {
        return lateWakeups;
    }

    /** The worst lateness seen, in microseconds. */
    public long worstLatenessUs() {
        return worstLatenessUs;
    }
}
