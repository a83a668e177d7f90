package org.keepalived4j.netlink.ipvs;

import java.util.Objects;

/**
 * A destination as listed by the kernel.
 *
 * @param destination its settings
 * @param activeConnections established connections ({@code ActiveConn})
 * @param inactiveConnections other connections ({@code InActConn})
 * @param persistentConnections persistence templates
 * @param stats its counters
 */
public record IpvsDestinationEntry(IpvsDestination destination, int activeConnections, int inactiveConnections,
                                   int persistentConnections, IpvsStats stats) {
    /** Checks for nulls. */
    public IpvsDestinationEntry {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(stats, "stats");
    }
}
