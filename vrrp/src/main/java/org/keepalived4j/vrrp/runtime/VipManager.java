package org.keepalived4j.vrrp.runtime;

import java.util.List;
import org.keepalived4j.vrrp.state.VirtualAddress;

/**
 * Adds and removes an instance's virtual addresses on the host (keepalived's {@code netlink_iplist}). The netlink
 * module implements it over rtnetlink ({@code RTM_NEWADDR} / {@code RTM_DELADDR} with IFA_F_NODAD for
 * {@code nodad}, the label, scope and broadcast); tests use {@link InMemoryVipManager}.
 *
 * <p>Called on the VRRP thread, in order, before the gratuitous ARPs for the same addresses: one netlink request
 * and ack per address at most, never a longer wait. Failures are reported by the implementation (logged with the
 * address and errno, as keepalived) and never thrown: an address that already exists on add, or is already gone on
 * remove, is not an error.
 */
public interface VipManager {
    /**
     * Adds {@code addresses}; an address without {@code dev} goes on {@code interfaceName}.
     *
     * @param instanceName   for log lines ({@code (VI_1) setting VIPs.})
     * @param interfaceName  the instance's {@code interface}
     * @param addresses      {@code virtual_ipaddress} followed by {@code virtual_ipaddress_excluded}
     */
    void addVips(String instanceName, String interfaceName, List<VirtualAddress> addresses);

    /** Removes {@code addresses}; the reverse of {@link #addVips}. */
    void removeVips(String instanceName, String interfaceName, List<VirtualAddress> addresses);
}
