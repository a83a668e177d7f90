package org.keepalived4j.check.health;

/**
 * What a {@code track_file}'s value means to a FILE_CHECK (keepalived's {@code update_track_file_status}): with
 * weight 0, a non-zero value is a fault (a zero value with {@code reverse}); otherwise value &times; weight (negated
 * with {@code reverse}), limited to the 32-bit range, is added to the real server's weight, and the lowest value,
 * -2^31, is a fault.
 *
 * <p>keepalived's start-up path ({@code set_track_file_checkers_down}) ignores {@code reverse} for weight 0 (the man
 * page says weight 0 for real servers is "not fully implemented"); we apply the rule above from the start, so the
 * state at start is the one a later change of the file would give.
 */
public final class TrackFileWeight {

    /** keepalived's {@code IPVS_WEIGHT_FAULT}: the checker is down. */
    public static final long FAULT = Integer.MIN_VALUE;

    private TrackFileWeight() {
    }

    /**
     * @param value   the number in the file
     * @param weight  the FILE_CHECK's weight, else the track_file's
     * @param reverse the FILE_CHECK's (else the track_file's) {@code reverse}
     * @return {@link #FAULT}, or the weight adjustment
     */
    public static long status(long value, long weight, boolean reverse) {
        if (weight == 0) {
            return (value != 0) != reverse ? FAULT : 0;
        }
        // |value| <= 2^31 and |weight| < 2^31 (the reader and the parser keep them there): no long overflow.
        long product = Math.multiplyExact(value, weight);
        return Math.clamp(reverse ? -product : product, FAULT, Integer.MAX_VALUE);
    }
}
