package org.keepalived4j.netlink.genl;

/**
 * A generic netlink family's multicast group ({@code CTRL_ATTR_MCAST_GROUPS} entry).
 *
 * @param name group name, e.g. {@code "notify"}
 * @param id the number to pass to {@code NETLINK_ADD_MEMBERSHIP}
 */
public record GenlMulticastGroup(String name, int id) {
}
