package org.keepalived4j.config.model.vrrp;

import java.time.Duration;

/**
 * A line of {@code interface_up_down_delays { IF DOWN_DELAY [UP_DELAY] }}: debounce for link changes.
 *
 * @param interfaceName the interface
 * @param downDelay     how long a link must stay down before acting
 * @param upDelay       how long a link must stay up before acting
 */
public record InterfaceDelays(String interfaceName, Duration downDelay, Duration upDelay) {
}
