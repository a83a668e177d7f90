package org.keepalived4j.check.checker;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One running attempt: the promise it completes, its total deadline on the loop and its channel. Completing it closes
 * the channel and cancels the deadline; only the first completion counts. Used on the loop only.
 */
final class Attempt {

    private final Promise<CheckOutcome> promise;
    private final ScheduledFuture<?> deadline;
    private Channel channel;

    /**
     * @param loop          the owning loop
     * @param totalDeadline the longest the attempt may take, from now
     * @param timeoutDetail the failure detail when the deadline passes
     */
    Attempt(EventLoop loop, Duration totalDeadline, String timeoutDetail) {
        this.promise = loop.newPromise();
        this.deadline = loop.schedule(() -> complete(CheckOutcome.failure(timeoutDetail)),
                Math.max(1, totalDeadline.toNanos()), TimeUnit.NANOSECONDS);
    }

    /** The channel to close when the attempt completes (closed at once if the attempt is already over). */
    void channel(Channel channel) {
        this.channel = channel;
        if (promise.isDone()) {
            channel.close();
        }
    }

    /** Completes the attempt, if it is still running. */
    void complete(CheckOutcome outcome) {
        if (promise.trySuccess(outcome)) {
            deadline.cancel(false);
            if (channel != null) {
                channel.close();
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
