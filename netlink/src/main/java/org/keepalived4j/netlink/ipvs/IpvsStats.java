package org.keepalived4j.netlink.ipvs;

/**
 * Counters of a service or destination ({@code IPVS_*_ATTR_STATS64}, or the 32-bit {@code STATS} on old kernels);
 * what {@code ipvsadm -L --stats --rate} shows.
 *
 * @param connections connections scheduled
 * @param inPackets incoming packets
 * @param outPackets outgoing packets
 * @param inBytes incoming bytes
 * @param outBytes outgoing bytes
 * @param connectionsPerSecond current connection rate
 * @param inPacketsPerSecond current incoming packet rate
 * @param outPacketsPerSecond current outgoing packet rate
 * @param inBytesPerSecond current incoming byte rate
 * @param outBytesPerSecond current outgoing byte rate
 */
public record IpvsStats(long connections, long inPackets, long outPackets, long inBytes, long outBytes,
                        long connectionsPerSecond, long inPacketsPerSecond, long outPacketsPerSecond,
                        long inBytesPerSecond, long outBytesPerSecond) {
    /** All zero. */
    public static final IpvsStats ZERO = new IpvsStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
