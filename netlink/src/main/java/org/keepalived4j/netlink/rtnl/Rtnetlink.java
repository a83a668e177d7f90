package org.keepalived4j.netlink.rtnl;

import org.keepalived4j.netlink.rtnl.internal.FfmLinkMonitor;
import org.keepalived4j.netlink.rtnl.internal.FfmRtnetlink;

import java.util.EnumSet;
import java.util.Set;

/**
 * Entry point to rtnetlink: one {@code NETLINK_ROUTE} request socket serving the address, link, route and rule
 * managers. The production implementation is FFM; tests use the in-memory fakes of the netlink test-jar
 * ({@code org.keepalived4j.netlink.rtnl.fake.FakeRtnetlink}).
 *
 * <pre>{@code
 * try (Rtnetlink rtnl = Rtnetlink.open()) {                 // on the thread that will own it
 *     int eth0 = rtnl.links().byName("eth0").orElseThrow().index();
 *     rtnl.addresses().add(IfAddress.of(eth0, InetAddress.getByName("192.168.1.10"), 24));
 * }
 * }</pre>
 *
 * <p>Owned by the opening thread and bound to that thread's network namespace at open time.
 */
public interface Rtnetlink extends AutoCloseable {
    /** @return addresses */
    AddressManager addresses();

    /** @return links and macvlans */
    LinkManager links();

    /** @return routes */
    RouteManager routes();

    /** @return rules */
    RuleManager rules();

    /** Closes the socket. */
    @Override
    void close();

    /**
     * @return a real rtnetlink client in the calling thread's network namespace
     * @throws org.keepalived4j.netlink.NetlinkException when the socket cannot be opened
     */
    static Rtnetlink open() {
        return FfmRtnetlink.open();
    }

    /**
     * @param groups groups to join
     * @return a monitor on a socket of its own, owned by the calling thread
     */
    static LinkMonitor openMonitor(Set<RtnlGroup> groups) {
        return FfmLinkMonitor.open(groups);
    }

    /** @return a monitor of links and IPv4/IPv6 addresses */
    static LinkMonitor openMonitor() {
        return openMonitor(EnumSet.allOf(RtnlGroup.class));
    }
}
