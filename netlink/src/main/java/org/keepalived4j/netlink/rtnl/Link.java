package org.keepalived4j.netlink.rtnl;

import org.keepalived4j.netlink.msg.Rtnl;

/**
 * A network interface as {@code RTM_NEWLINK} reports it.
 *
 * @param index interface index
 * @param name interface name
 * @param flags {@code IFF_*} ({@link #up()}, {@link #running()}, {@link #lowerUp()})
 * @param mac hardware address when it is a 6-byte Ethernet address, else {@code null}
 * @param kind {@code IFLA_INFO_KIND} ({@code "veth"}, {@code "macvlan"}...), {@code null} for plain devices
 * @param parentIndex {@code IFLA_LINK} (a macvlan's or veth peer's link), {@code 0} when none
 * @param masterIndex {@code IFLA_MASTER} (bridge or VRF), {@code 0} when none
 * @param mtu {@code IFLA_MTU}
 * @param macvlanMode the mode when {@code kind} is {@code macvlan}, else {@code null}
 */
public record Link(int index, String name, int flags, MacAddress mac, String kind, int parentIndex, int masterIndex,
                   int mtu, MacvlanMode macvlanMode) {

    /** @return administratively up ({@code IFF_UP}) */
    public boolean up() {
        return (flags & Rtnl.IFF_UP) != 0;
    }

    /** @return operationally running ({@code IFF_RUNNING}) */
    public boolean running() {
        return (flags & Rtnl.IFF_RUNNING) != 0;
    }

    /** @return carrier present ({@code IFF_LOWER_UP}) */
    public boolean lowerUp() {
        return (flags & Rtnl.IFF_LOWER_UP) != 0;
    }

    /** @return up and running, keepalived's test for a usable interface */
    public boolean usable() {
        return up() && running();
    }
}
