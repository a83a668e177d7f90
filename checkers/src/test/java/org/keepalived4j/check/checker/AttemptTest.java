package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The attempt's one timer, on a fake clock: the idle limit moved on by activity, the total deadline, completion. */
class AttemptTest {

    private final MockTicker ticker = Ticker.newMockTicker();
    private final EmbeddedChannel channel = EmbeddedChannel.builder().ticker(ticker).build();
    private final EventLoop loop = channel.eventLoop();

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    private void advance(long millis) {
        ticker.advance(millis, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
    }

    private Attempt attempt() {
        return new Attempt(loop, Duration.ofMillis(1000), "Timeout WEB read", Duration.ofMillis(300),
                "Timeout connecting");
    }

    @Test
    void idleLimitFailsWithTheCurrentPhasesDetail() {
        Attempt a = attempt();
        advance(299);
        assertFalse(a.done());
        advance(1);
        assertTrue(a.done());
        assertEquals("Timeout connecting", a.future().getNow().detail());
    }

    @Test
    void activityMovesTheIdleLimitOn() {
        Attempt a = attempt();
        advance(200);
        a.phase("Timeout HTTP read"); // connected
        advance(250);
        assertFalse(a.done(), "450 ms in, but only 250 ms since the connect");
        a.activity(); // bytes read
        advance(299);
        assertFalse(a.done());
        advance(1);
        assertEquals("Timeout HTTP read", a.future().getNow().detail());
    }

    @Test
    void theTotalDeadlineHoldsWhileBytesKeepComing() {
        Attempt a = attempt();
        for (int t = 0; t < 1000; t += 100) {
            assertFalse(a.done(), "at " + t + " ms");
            a.activity();
            advance(100);
        }
        assertTrue(a.done());
        assertEquals("Timeout WEB read", a.future().getNow().detail());
    }

    @Test
    void withoutAnIdleLimitOnlyTheDeadlineCounts() {
        Attempt a = new Attempt(loop, Duration.ofMillis(500), "timeout");
        advance(499);
        assertFalse(a.done());
        advance(1);
        assertEquals("timeout", a.future().getNow().detail());
    }

    @Test
    void theFirstCompletionWinsAndCancelsTheTimer() {
        Attempt a = attempt();
        assertTrue(channel.runScheduledPendingTasks() > 0, "the timer is set");
        a.complete(CheckOutcome.success("ok"));
        a.complete(CheckOutcome.failure("late"));
        assertEquals(-1, channel.runScheduledPendingTasks(), "no timer left");
        advance(2000);
        assertTrue(a.future().getNow().success());
        assertEquals("ok", a.future().getNow().detail());
    }
}
