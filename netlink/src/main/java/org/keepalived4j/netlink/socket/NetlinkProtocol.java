package org.keepalived4j.netlink.socket;

import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.Rtnl;

import java.util.function.IntFunction;

/** The netlink protocols this module speaks (the third argument of {@code socket(AF_NETLINK, SOCK_RAW, ...)}). */
public enum NetlinkProtocol {
    /** {@code NETLINK_ROUTE}: addresses, links, routes, rules (rtnetlink(7)). */
    ROUTE(Nl.NETLINK_ROUTE, Rtnl::typeName),
    /** {@code NETLINK_GENERIC}: generic netlink families such as {@code IPVS} (genetlink). */
    GENERIC(Nl.NETLINK_GENERIC, Nl::typeName);

    private final int number;
    private final IntFunction<String> typeNames;

    NetlinkProtocol(int number, IntFunction<String> typeNames) {
        this.number = number;
        this.typeNames = typeNames;
    }

    /** @return the protocol number */
    public int number() {
        return number;
    }

    /** @param type a message type @return its name for log and error lines */
    public String typeName(int type) {
        return typeNames.apply(type);
    }
}
