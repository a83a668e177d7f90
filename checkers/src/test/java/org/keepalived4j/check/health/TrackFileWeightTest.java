package org.keepalived4j.check.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keepalived4j.check.health.TrackFileWeight.FAULT;

import org.junit.jupiter.api.Test;

class TrackFileWeightTest {

    @Test
    void weightZeroIsUpOrDown() {
        assertEquals(0, TrackFileWeight.status(0, 0, false));
        assertEquals(FAULT, TrackFileWeight.status(3, 0, false));
        assertEquals(FAULT, TrackFileWeight.status(0, 0, true));
        assertEquals(0, TrackFileWeight.status(-1, 0, true));
    }

    @Test
    void otherWeightsMultiplyAndSaturateIntoFault() {
        assertEquals(30, TrackFileWeight.status(3, 10, false));
        assertEquals(-30, TrackFileWeight.status(3, 10, true));
        assertEquals(Integer.MAX_VALUE, TrackFileWeight.status(1L << 31, 1 << 20, false));
        assertEquals(FAULT, TrackFileWeight.status(-(1L << 31), 1 << 20, false));
        assertEquals(FAULT, TrackFileWeight.status(-(1L << 31), 1, false), "exactly -2^31 is a fault");
        assertEquals(-(1L << 31) + 1, TrackFileWeight.status(-(1L << 31) + 1, 1, false));
    }
}
