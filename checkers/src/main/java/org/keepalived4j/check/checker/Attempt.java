package org.keepalived4j.check.checker;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.util.concurrent.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One running attempt: the promise it completes, its channel and its time limits. Completing it closes the channel
 * and cancels its timer; only the first completion counts. Used on the loop only.
 *
 * <p>Two limits, one timer: a total deadline, and optionally an idle limit (nothing happened for that long: the
 * connect has not finished, or no bytes arrived; keepalived's {@code connect_timeout} for both). The timer is set for
 * the nearer of the two and, when it fires early because activity moved the idle limit on, set again; an attempt
 * that finishes in time costs one scheduled task and its cancellation.
 */
final class Attempt implements Runnable {

    private final EventLoop loop;
    private final Ticker ticker;
    private final Promise<CheckOutcome> promise;
    private final long deadlineNs;
    private final String deadlineDetail;
    private final long idleNs;
    private String idleDetail;
    private long lastActivityNs;
    private ScheduledFuture<?> timer;
    private AutoCloseable connection;

    /**
     * @param loop          the owning loop
     * @param totalDeadline the longest the attempt may take, from now
     * @param timeoutDetail the failure detail when the deadline passes
     */
    Attempt(EventLoop loop, Duration totalDeadline, String timeoutDetail) {
        this(loop, totalDeadline, timeoutDetail, Duration.ZERO, null);
    }

    /**
     * @param loop          the owning loop
     * @param totalDeadline the longest the attempt may take, from now
     * @param timeoutDetail the failure detail when the deadline passes
     * @param idle          the longest the attempt may go without {@link #activity()}, or zero for no such limit
     * @param idleDetail    the failure detail when it does (changed with {@link #phase})
     */
    Attempt(EventLoop loop, Duration totalDeadline, String timeoutDetail, Duration idle, String idleDetail) {
        this.loop = loop;
        this.ticker = loop.ticker();
        this.promise = loop.newPromise();
        this.lastActivityNs = ticker.nanoTime();
        this.deadlineNs = lastActivityNs + Math.max(1, totalDeadline.toNanos());
        this.deadlineDetail = timeoutDetail;
        this.idleNs = Math.max(0, idle.toNanos());
        this.idleDetail = idleDetail;
        arm(lastActivityNs);
    }

    /** The channel to close when the attempt completes (closed at once if the attempt is already over). */
    void channel(Channel channel) {
        closes(channel::close);
    }

    /** A bare connection to close when the attempt completes (closed at once if the attempt is already over). */
    void closes(AutoCloseable connection) {
        this.connection = connection;
        if (promise.isDone()) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing a socket of a finished check: nothing to do about a failure
        }
    }

    /** Something happened (connected, bytes read): the idle limit starts again. */
    void activity() {
        lastActivityNs = ticker.nanoTime();
    }

    /** A new phase (say, reading after connecting): the idle limit starts again and fails with {@code detail}. */
    void phase(String detail) {
        idleDetail = detail;
        activity();
    }

    /** The timer: fails the attempt if a limit has passed, else sets itself for the nearer one. */
    @Override
    public void run() {
        timer = null;
        if (promise.isDone()) {
            return;
        }
        long now = ticker.nanoTime();
        if (now - deadlineNs >= 0) {
            complete(CheckOutcome.failure(deadlineDetail));
        } else if (idleNs > 0 && now - lastActivityNs >= idleNs) {
            complete(CheckOutcome.failure(idleDetail));
        } else {
            arm(now);
        }
    }

    private void arm(long now) {
        long at = idleNs > 0 ? Math.min(deadlineNs, lastActivityNs + idleNs) : deadlineNs;
        timer = loop.schedule(this, Math.max(1, at - now), TimeUnit.NANOSECONDS);
    }

    /** Completes the attempt, if it is still running. */
    void complete(CheckOutcome outcome) {
        if (promise.trySuccess(outcome)) {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
            if (connection != null) {
                closeQuietly(connection);
            }
        }
    }

    /** True once completed. */
    boolean done() {
        return promise.isDone();
    }

    /** The future the caller waits on. */
    Future<CheckOutcome> future() {
        return promise;
    }
}
