package org.keepalived4j.config.model;

/**
 * Receive buffer of one netlink socket ({@code vrrp_netlink_cmd_rcv_bufs [_force]},
 * {@code vrrp_netlink_monitor_rcv_bufs}, {@code lvs_netlink_cmd_rcv_bufs}, {@code lvs_netlink_monitor_rcv_bufs},
 * {@code process_monitor_rcv_bufs}).
 *
 * @param sizeBytes the size, 0 for the kernel's default
 * @param force     set with SO_RCVBUFFORCE (beyond rmem_max)
 */
public record NetlinkRcvBufs(long sizeBytes, boolean force) {

    /** The netlink sockets whose buffers can be sized. */
    public enum Channel { VRRP_CMD, VRRP_MONITOR, LVS_CMD, LVS_MONITOR, PROCESS_MONITOR }
}
