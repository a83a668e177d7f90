package org.keepalived4j.config.model.vrrp;

import java.time.Duration;

/**
 * Gratuitous ARP / unsolicited NA settings of an instance, after global defaults and strict mode were applied.
 *
 * @param masterDelay         {@code garp_master_delay}: delay of the second burst after becoming master (0: none)
 * @param masterRepeat        {@code garp_master_repeat}: messages per burst
 * @param masterRefresh       {@code garp_master_refresh}: period of refresh bursts while master (0: none)
 * @param masterRefreshRepeat {@code garp_master_refresh_repeat}
 * @param lowerPrioDelay      {@code garp_lower_prio_delay}: burst delay after a lower-priority advert
 * @param lowerPrioRepeat     {@code garp_lower_prio_repeat} (0 in strict mode)
 * @param extraIfInterval     {@code garp_extra_if}: period for the other interfaces' GARPs (0: off)
 * @param extraIfAll          {@code garp_extra_if all}
 */
public record GarpSettings(Duration masterDelay, int masterRepeat, Duration masterRefresh, int masterRefreshRepeat,
                           Duration lowerPrioDelay, int lowerPrioRepeat, Duration extraIfInterval,
                           boolean extraIfAll) {
}
