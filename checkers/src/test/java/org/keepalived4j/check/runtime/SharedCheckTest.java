package org.keepalived4j.check.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Check timers land on a grid of at most 100 ms (at most 1/32 of the delay): never early, late by less than a step. */
class SharedCheckTest {

    private static long ms(double millis) {
        return Math.round(millis * 1_000_000);
    }

    @Test
    void theGridIsAtMostAThirtySecondOfTheDelayAndNestsInTheCoarserOnes() {
        assertEquals(ms(100), SharedCheck.gridNs(ms(10_000)), "delay_loop 10 s");
        assertEquals(ms(100), SharedCheck.gridNs(ms(3_200)));
        assertEquals(ms(50), SharedCheck.gridNs(ms(3_199)));
        assertEquals(ms(25), SharedCheck.gridNs(ms(1_000)), "delay_before_retry 1 s");
        assertEquals(ms(3.125), SharedCheck.gridNs(ms(100)));
        assertEquals(0, SharedCheck.gridNs(ms(99)), "short delays are used as they are");
        assertEquals(0, SharedCheck.gridNs(0));
        for (long delay = ms(100); delay < ms(20_000); delay += ms(37)) {
            long grid = SharedCheck.gridNs(delay);
            assertEquals(0, ms(100) % grid, "a finer grid's points include the 100 ms grid's");
            assertEquals(true, grid * 32 <= delay, "late by at most 1/32 of the delay");
        }
    }

    @Test
    void timersAreRoundedUpToTheGrid() {
        long grid = ms(100);
        assertEquals(ms(100), SharedCheck.gridDelay(0, ms(1), grid));
        assertEquals(ms(97), SharedCheck.gridDelay(ms(3), ms(1), grid), "due at 4 ms: fires at 100 ms");
        assertEquals(ms(97), SharedCheck.gridDelay(ms(3), ms(96), grid), "due at 99 ms: the same wakeup");
        assertEquals(0, SharedCheck.gridDelay(ms(100), 0, grid), "already on the grid: now");
        assertEquals(ms(10_088), SharedCheck.gridDelay(ms(12), ms(10_000), grid), "delay_loop 10 s from 12 ms: 10.1 s");
        assertEquals(ms(88), SharedCheck.gridDelay(ms(12), -5, grid), "a negative delay counts as none");
        assertEquals(ms(5), SharedCheck.gridDelay(ms(12), ms(5), 0), "no grid: the delay as it is");
    }
}
