package org.keepalived4j.netlink.rtnl;

import org.keepalived4j.netlink.msg.Rtnl;

/** rtnetlink multicast groups a {@link LinkMonitor} can join. */
public enum RtnlGroup {
    /** {@code RTNLGRP_LINK}: interfaces appear, change (up/down, carrier), vanish. */
    LINK(Rtnl.RTNLGRP_LINK),
    /** {@code RTNLGRP_IPV4_IFADDR}. */
    IPV4_ADDRESS(Rtnl.RTNLGRP_IPV4_IFADDR),
    /** {@code RTNLGRP_IPV6_IFADDR}. */
    IPV6_ADDRESS(Rtnl.RTNLGRP_IPV6_IFADDR);

    private final int number;

    RtnlGroup(int number) {
        this.number = number;
    }

    /** @return the group number */
    public int number() {
        return number;
    }
}
