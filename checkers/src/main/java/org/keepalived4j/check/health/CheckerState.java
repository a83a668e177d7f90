package org.keepalived4j.check.health;

/**
 * One checker's retry state: keepalived's {@code checker_t} fields {@code is_up}, {@code has_run} and
 * {@code retry_it}, driven as {@code tcp_epilog} drives them (the other checkers follow the same rule).
 *
 * <ul>
 *   <li>A passed attempt reports {@link Report#PASSED} when the checker was down or has never reported.</li>
 *   <li>A failed attempt is retried {@code retry} times, each after {@code delay_before_retry}; when the retries are
 *       used up it reports {@link Report#FAILED} if the checker was up or has never reported.</li>
 *   <li>The first run tolerates no failure ({@code retry_it} starts at {@code retry}, as keepalived's
 *       {@code validate_check_config} sets it): a server that is down at start is reported down at once.</li>
 *   <li>With {@code alpha} the checker starts down, so it needs a pass to count as up.</li>
 *   <li>PING_CHECK ({@code icmp_epilog}) retries only while the checker is up: a checker that is down just tries
 *       again after {@code delay_loop} ({@link #CheckerState(long, boolean, boolean)}).</li>
 * </ul>
 */
public final class CheckerState {

    /** What an attempt's result means for the checker. */
    public enum Report {
        /** Nothing changes. */
        NONE,
        /** The checker is (now, or confirmed on its first run) up. */
        PASSED,
        /** The checker is (now, or confirmed on its first run) down. */
        FAILED
    }

    /**
     * The consequence of one attempt.
     *
     * @param report      what to report to the real servers
     * @param retryNext   true if the next attempt is a retry (after {@code delay_before_retry}), false for the
     *                    normal {@code delay_loop}
     * @param afterRetries for {@link Report#FAILED}: the retries made before giving up (0 on a first run or without
     *                    retries), for the log line
     */
    public record Step(Report report, boolean retryNext, long afterRetries) {
    }

    private final long retry;
    private final boolean retryOnlyWhileUp;
    private boolean up;
    private boolean hasRun;
    private long retryIt;

    /**
     * @param retry keepalived's {@code retry} ({@code nb_get_retry})
     * @param alpha keepalived's {@code alpha}: start down
     */
    public CheckerState(long retry, boolean alpha) {
        this(retry, alpha, false);
    }

    /**
     * @param retry            keepalived's {@code retry}
     * @param alpha            keepalived's {@code alpha}
     * @param retryOnlyWhileUp true for PING_CHECK: no retries while the checker is down
     */
    public CheckerState(long retry, boolean alpha, boolean retryOnlyWhileUp) {
        this.retry = retry;
        this.retryOnlyWhileUp = retryOnlyWhileUp;
        this.up = !alpha;
        this.retryIt = retry;
    }

    /** Feeds the result of one attempt. */
    public Step onResult(boolean success) {
        if (!success && retryIt < retry && (up || !retryOnlyWhileUp)) {
            retryIt++;
            hasRun = true;
            return new Step(Report.NONE, true, 0);
        }
        retryIt = 0;
        Report report = Report.NONE;
        long retries = 0;
        if (success && (!up || !hasRun)) {
            report = Report.PASSED;
        } else if (!success && (up || !hasRun)) {
            report = Report.FAILED;
            retries = retry > 0 && hasRun ? retry : 0;
        }
        if (report != Report.NONE) {
            up = success;
        }
        hasRun = true;
        return new Step(report, false, retries);
    }

    /**
     * Takes over another checker's state (a reload keeping an unchanged check, keepalived's {@code migrate}).
     *
     * @param old the checker of the previous configuration
     */
    public void copyFrom(CheckerState old) {
        this.up = old.up;
        this.hasRun = old.hasRun;
        this.retryIt = Math.min(old.retryIt, retry);
    }

    /** True while the checker counts as up. */
    public boolean up() {
        return up;
    }

    /** True once an attempt has completed. */
    public boolean hasRun() {
        return hasRun;
    }

    /** Retries made since the last pass or report. */
    public long retriesInProgress() {
        return retryIt;
    }
}
