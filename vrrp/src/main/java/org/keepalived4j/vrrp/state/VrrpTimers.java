package org.keepalived4j.vrrp.state;

import org.keepalived4j.vrrp.codec.VrrpVersion;

/**
 * Timer maths of RFC 3768 section 6.1 and RFC 9568 section 6.1, in microseconds, as keepalived's
 * {@code VRRP_TIMER_SKEW} and {@code VRRP_MS_DOWN_TIMER} compute them.
 *
 * <table>
 * <caption>Formulas</caption>
 * <tr><th></th><th>VRRPv2 (RFC 3768)</th><th>VRRPv3 (RFC 9568)</th></tr>
 * <tr><td>Skew_Time</td><td>(256 - Priority) / 256 s</td>
 *     <td>((256 - Priority) * Master_Adver_Interval) / 256, interval in centiseconds</td></tr>
 * <tr><td>Master_Down_Interval</td><td>3 * Advertisement_Interval + Skew_Time</td>
 *     <td>3 * Master_Adver_Interval + Skew_Time</td></tr>
 * </table>
 * keepalived's {@code down_timer_adverts} replaces the 3.
 */
public final class VrrpTimers {
    /** Microseconds per centisecond. */
    public static final long US_PER_CS = 10_000L;

    private VrrpTimers() {
    }

    /** Skew_Time in microseconds for {@code priority} (1..255) and the master's interval in centiseconds. */
    public static long skewUs(VrrpVersion version, int priority, int masterAdverIntCs) {
        long weight = 256L - priority;
        if (version == VrrpVersion.V3) {
            return weight * masterAdverIntCs * 625L / 16L;
        }
        return weight * 1_000_000L / 256L;
    }

    /** Master_Down_Interval in microseconds. */
    public static long masterDownUs(VrrpVersion version, int priority, int masterAdverIntCs, int downTimerAdverts) {
        return downTimerAdverts * masterAdverIntCs * US_PER_CS + skewUs(version, priority, masterAdverIntCs);
    }
}
