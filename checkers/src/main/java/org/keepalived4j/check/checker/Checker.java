package org.keepalived4j.check.checker;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;

/**
 * One kind of health check (keepalived's {@code check_*.c}): runs a single attempt against a real server. Retries,
 * timing and state live elsewhere ({@code org.keepalived4j.check.health}, {@code org.keepalived4j.check.runtime}),
 * so an implementation only talks to the server.
 *
 * <p>Rules for implementations: never block the loop; bound every attempt by a deadline scheduled on the loop (time
 * comes from the loop, so tests can fake it); complete the future exactly once, on the loop, and never
 * exceptionally (an I/O error is a failed attempt).
 */
public interface Checker {

    /**
     * Starts one attempt; call it on {@code loop}.
     *
     * @param loop the event loop that owns the attempt: its channels, its timers and the completion of the future
     * @return completes with the outcome, on {@code loop}
     */
    Future<CheckOutcome> attempt(EventLoop loop);

    /** How keepalived words this check's log lines. */
    CheckWording wording();
}
