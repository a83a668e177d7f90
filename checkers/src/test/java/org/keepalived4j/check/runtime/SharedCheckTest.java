package org.keepalived4j.check.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Check timers land on a 10 ms grid, so checks due together share one wakeup; never early, at most 10 ms late. */
class SharedCheckTest {

    private static long ms(double millis) {
        return Math.round(millis * 1_000_000);
    }

    @Test
    void timersAreRoundedUpToTheGrid() {
        assertEquals(TimeUnit.MILLISECONDS.toNanos(10), SharedCheck.TIMER_GRID_NS);
        assertEquals(ms(10), SharedCheck.gridDelay(0, ms(1)));
        assertEquals(ms(7), SharedCheck.gridDelay(ms(3), ms(1)), "due at 4 ms: fires at 10 ms");
        assertEquals(ms(7), SharedCheck.gridDelay(ms(3), ms(6)), "due at 9 ms: the same wakeup");
        assertEquals(0, SharedCheck.gridDelay(ms(10), 0), "already on the grid: now");
        assertEquals(ms(10_008), SharedCheck.gridDelay(ms(12), ms(10_000)), "delay_loop 10 s from 12 ms: 10.02 s");
        assertEquals(ms(8), SharedCheck.gridDelay(ms(12), -5), "a negative delay counts as none");
    }
}
