package org.keepalived4j.config.model;

import java.time.Duration;

/**
 * {@code vrrp_garp_extra_if [all] SECONDS}: gratuitous ARP / unsolicited NA repeated on the parent interface of a
 * VMAC (or on all interfaces with {@code all}) every {@code interval}.
 *
 * @param interval      the repeat interval (1 s to 1 day)
 * @param allInterfaces true with {@code all}
 */
public record GarpExtraIf(Duration interval, boolean allInterfaces) {
}
