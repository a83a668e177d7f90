package org.keepalived4j.vrrp.state;

/**
 * Gratuitous ARP / unsolicited NA schedule of an instance, keepalived's keywords and defaults
 * ({@code vrrp.h VRRP_GARP_*}, {@code global_data.c}).
 *
 * @param masterDelayUs       {@code garp_master_delay}: second burst this long after becoming MASTER (default 5 s;
 *                            0 = none)
 * @param masterRepeat        {@code garp_master_repeat}: messages per VIP per burst (default 5)
 * @param masterRefreshUs     {@code garp_master_refresh}: periodic burst while MASTER (default 0 = none)
 * @param masterRefreshRepeat {@code garp_master_refresh_repeat} (default 1)
 * @param lowerPrioDelayUs    {@code garp_lower_prio_delay}: second burst after a lower-priority advert (default
 *                            {@code garp_master_delay})
 * @param lowerPrioRepeat     {@code garp_lower_prio_repeat}: burst when a lower-priority advert is heard (default
 *                            {@code garp_master_repeat})
 * @param intervalUs          {@code garp_interval}: minimum gap between two ARPs on the interface (default 0)
 * @param naIntervalUs        {@code gna_interval}: minimum gap between two NAs on the interface (default 0)
 */
public record GarpParams(long masterDelayUs, int masterRepeat, long masterRefreshUs, int masterRefreshRepeat,
                         long lowerPrioDelayUs, int lowerPrioRepeat, long intervalUs, long naIntervalUs) {
    /** keepalived's defaults. */
    public static final GarpParams DEFAULTS = new GarpParams(5_000_000L, 5, 0, 1, 5_000_000L, 5, 0, 0);

    /** Checks ranges. */
    public GarpParams {
        if (masterDelayUs < 0 || masterRefreshUs < 0 || lowerPrioDelayUs < 0 || intervalUs < 0 || naIntervalUs < 0) {
            throw new IllegalArgumentException("garp delays and intervals must not be negative");
        }
        if (masterRepeat < 0 || masterRefreshRepeat < 0 || lowerPrioRepeat < 0) {
            throw new IllegalArgumentException("garp repeats must not be negative");
        }
    }
}
