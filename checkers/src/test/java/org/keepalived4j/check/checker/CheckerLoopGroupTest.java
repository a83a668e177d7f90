package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checkers' loop reads the clock once per wakeup for its own thread, and the current time for others. */
class CheckerLoopGroupTest {

    private final CheckerLoopGroup group = new CheckerLoopGroup(1, new DefaultThreadFactory("clock-test", true),
            Transport.ioHandlerFactory());

    @AfterEach
    void shutDown() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void oneReadingPerPassOnTheLoopAndTheTimeMovesOnBetweenPasses() throws Exception {
        Ticker ticker = group.next().ticker();
        long[] pass = group.next().submit(() -> {
            long first = ticker.nanoTime();
            long spin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
            while (System.nanoTime() < spin) {
                Thread.onSpinWait();
            }
            return new long[] {first, ticker.nanoTime()};
        }).get(5, TimeUnit.SECONDS);
        assertEquals(pass[0], pass[1], "one pass sees one time, however long it runs");

        long later = group.next().schedule(ticker::nanoTime, 20, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        assertTrue(later - pass[0] >= TimeUnit.MILLISECONDS.toNanos(20),
                () -> "a timer 20 ms on sees the time of its own wakeup, " + (later - pass[0]) + " ns on");
    }

    @Test
    void aGracefulShutdownEndsWithinItsTimeout() {
        for (int i = 0; i < 20; i++) { // the hang needed a task in the last pass: try it a few times
            CheckerLoopGroup busy = new CheckerLoopGroup(1, new DefaultThreadFactory("shutdown-test", true),
                    Transport.ioHandlerFactory());
            busy.next().submit(() -> { }).syncUninterruptibly();
            busy.next().execute(() -> { });
            long start = System.nanoTime();
            assertTrue(busy.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS),
                    "shut down within its timeout (the shutdown's clock must move)");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3));
        }
    }

    @Test
    void aStopwatchTimesWithinAPassOnTheCurrentTimeAndAcrossPassesOnWakeups() throws Exception {
        var loop = group.next();
        long samePass = loop.submit(() -> {
            CheckerLoopGroup.Stopwatch start = CheckerLoopGroup.startWatch(loop);
            long spin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3);
            while (System.nanoTime() < spin) {
                Thread.onSpinWait();
            }
            return CheckerLoopGroup.elapsedNs(loop, start);
        }).get(5, TimeUnit.SECONDS);
        assertTrue(samePass >= TimeUnit.MILLISECONDS.toNanos(3), () -> "still in the pass it started: " + samePass);

        CheckerLoopGroup.Stopwatch start = loop.submit(() -> CheckerLoopGroup.startWatch(loop))
                .get(5, TimeUnit.SECONDS);
        assertTrue(start.wakeup() >= 0, "taken on the loop");
        long later = loop.schedule(() -> CheckerLoopGroup.elapsedNs(loop, start), 20, TimeUnit.MILLISECONDS)
                .get(5, TimeUnit.SECONDS);
        assertTrue(later >= TimeUnit.MILLISECONDS.toNanos(20) && later < TimeUnit.SECONDS.toNanos(2),
                () -> "a later wakeup's time: " + later);
        assertEquals(-1, CheckerLoopGroup.startWatch(loop).wakeup(), "off the loop: the current time");
    }

    @Test
    void otherThreadsSeeTheCurrentTime() throws Exception {
        Ticker ticker = group.next().ticker();
        long onLoop = group.next().submit(ticker::nanoTime).get(5, TimeUnit.SECONDS);
        long spin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2);
        while (System.nanoTime() < spin) {
            Thread.onSpinWait();
        }
        long here = ticker.nanoTime();
        assertTrue(here - onLoop >= TimeUnit.MILLISECONDS.toNanos(2), () -> (here - onLoop) + " ns");
        assertTrue(Math.abs(here - Ticker.systemTicker().nanoTime()) < TimeUnit.SECONDS.toNanos(1),
                "the same time base as Netty's system ticker");
    }
}
