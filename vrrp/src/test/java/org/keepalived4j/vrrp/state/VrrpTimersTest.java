package org.keepalived4j.vrrp.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.VrrpVersion;

/** Skew_Time and Master_Down_Interval of RFC 3768 / RFC 9568 section 6.1, as keepalived rounds them. */
class VrrpTimersTest {
    @Test
    void v2SkewIsAFractionOfASecond() {
        assertEquals(609_375, VrrpTimers.skewUs(VrrpVersion.V2, 100, 100));
        assertEquals(3_906, VrrpTimers.skewUs(VrrpVersion.V2, 255, 100));
        assertEquals(996_093, VrrpTimers.skewUs(VrrpVersion.V2, 1, 100));
        // v2 skew ignores the interval
        assertEquals(609_375, VrrpTimers.skewUs(VrrpVersion.V2, 100, 300));
    }

    @Test
    void v2MasterDownIsThreeIntervalsPlusSkew() {
        assertEquals(3_609_375, VrrpTimers.masterDownUs(VrrpVersion.V2, 100, 100, 3));
        assertEquals(6_000_000 + 414_062, VrrpTimers.masterDownUs(VrrpVersion.V2, 150, 200, 3));
    }

    @Test
    void v3SkewScalesWithTheMasterInterval() {
        assertEquals(609_375, VrrpTimers.skewUs(VrrpVersion.V3, 100, 100));
        assertEquals(304_687, VrrpTimers.skewUs(VrrpVersion.V3, 100, 50));
        assertEquals(60_937, VrrpTimers.skewUs(VrrpVersion.V3, 100, 10));
        assertEquals(390, VrrpTimers.skewUs(VrrpVersion.V3, 255, 10));
    }

    @Test
    void v3MasterDownInCentiseconds() {
        assertEquals(300_000 + 41_406, VrrpTimers.masterDownUs(VrrpVersion.V3, 150, 10, 3));
        assertEquals(1_500_000 + 304_687, VrrpTimers.masterDownUs(VrrpVersion.V3, 100, 50, 3));
        assertEquals(500_000 + 304_687, VrrpTimers.masterDownUs(VrrpVersion.V3, 100, 50, 1));
    }
}
