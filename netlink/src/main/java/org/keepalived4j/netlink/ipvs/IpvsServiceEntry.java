package org.keepalived4j.netlink.ipvs;

import java.util.Objects;

/**
 * A service as listed by the kernel.
 *
 * @param service its settings
 * @param stats its counters
 */
public record IpvsServiceEntry(IpvsService service, IpvsStats stats) {
    /** Checks for nulls. */
    public IpvsServiceEntry {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(stats, "stats");
    }
}
