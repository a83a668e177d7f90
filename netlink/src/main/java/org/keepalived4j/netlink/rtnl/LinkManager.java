package org.keepalived4j.netlink.rtnl;

import java.util.List;
import java.util.Optional;

/**
 * Lists interfaces and manages the macvlans of keepalived's {@code use_vmac} ({@code RTM_NEWLINK},
 * {@code RTM_DELLINK}, {@code RTM_GETLINK}).
 */
public interface LinkManager {
    /** @return every interface */
    List<Link> list();

    /** @param name interface name @return the interface, empty when absent */
    Optional<Link> byName(String name);

    /** @param index interface index @return the interface, empty when absent */
    Optional<Link> byIndex(int index);

    /**
     * Creates a macvlan ({@code NLM_F_CREATE | NLM_F_EXCL}).
     *
     * @param spec name, parent, MAC, mode
     * @return the new interface
     * @throws org.keepalived4j.netlink.NetlinkException {@code EEXIST} when the name is taken, {@code ENODEV} when
     *         the parent is absent, ...
     */
    Link createMacvlan(MacvlanSpec spec);

    /**
     * @param index interface index
     * @return {@code true} if deleted, {@code false} if it was already gone
     */
    boolean delete(int index);

    /**
     * Sets or clears {@code IFF_UP}.
     *
     * @param index interface index
     * @param up whether it should be up
     */
    void setUp(int index, boolean up);

    /**
     * Sets {@code IFLA_INET6_ADDR_GEN_MODE} to {@code none}, so the kernel adds no IPv6 link-local address of its
     * own (keepalived does this on every VMAC before bringing it up).
     *
     * @param index interface index
     */
    void disableIpv6AddressGeneration(int index);
}
