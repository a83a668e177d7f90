package org.keepalived4j.config.model;

/**
 * nftables use ({@code nftables [TABLE]}, {@code nftables_priority}, {@code nftables_ifindex},
 * {@code nftables_ipvs [TABLE]}, {@code nftables_ipvs_priority}, {@code nftables_ipvs_start_fwmark},
 * {@code nftables_counters}; the legacy {@code vrrp_iptables} also selects nftables table "keepalived").
 *
 * @param vrrpTable         table for VRRP drop rules, or {@code null} for none
 * @param vrrpPriority      chain priority, -1 for keepalived's default
 * @param vrrpIfindex       match interfaces by index
 * @param ipvsTable         table for IPVS fwmarks, or {@code null} for none
 * @param ipvsPriority      chain priority, -1 for the default
 * @param ipvsStartFwmark   first fwmark keepalived allocates (default 1000)
 * @param counters          add counters to the rules
 */
public record Nftables(String vrrpTable, int vrrpPriority, boolean vrrpIfindex, String ipvsTable, int ipvsPriority,
                       long ipvsStartFwmark, boolean counters) {

    /** Nothing configured. */
    public static final Nftables NONE = new Nftables(null, -1, false, null, -1, 1000, false);
}
