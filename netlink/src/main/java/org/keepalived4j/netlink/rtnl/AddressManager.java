package org.keepalived4j.netlink.rtnl;

import java.util.List;

/**
 * Adds and removes interface addresses ({@code RTM_NEWADDR}/{@code RTM_DELADDR}): keepalived's
 * {@code virtual_ipaddress} and {@code virtual_ipaddress_excluded}.
 *
 * <p>As keepalived does ({@code netlink_talk}), an add that finds the address already there ({@code EEXIST}) and a
 * delete that finds it gone ({@code EADDRNOTAVAIL}, or {@code ENODEV} when the interface itself has vanished)
 * are not failures: they return {@code false}. Any other refusal throws
 * {@link org.keepalived4j.netlink.NetlinkException} with the errno and the kernel's extended-ack text.
 */
public interface AddressManager {
    /**
     * @param address what to add (sent with {@code NLM_F_CREATE | NLM_F_EXCL})
     * @return {@code true} if added, {@code false} if it was already there
     */
    boolean add(IfAddress address);

    /**
     * @param address what to remove (matched on interface, address and prefix)
     * @return {@code true} if removed, {@code false} if it was not there
     */
    boolean delete(IfAddress address);

    /** @return every address on every interface, IPv4 and IPv6 */
    List<IfAddress> list();

    /** @param ifIndex an interface @return its addresses */
    default List<IfAddress> list(int ifIndex) {
        return list().stream().filter(a -> a.ifIndex() == ifIndex).toList();
    }
}
