package org.keepalived4j.netlink.rtnl.fake;

import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.AddressManager;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.LinkManager;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.MacAddress;
import org.keepalived4j.netlink.rtnl.MacvlanSpec;
import org.keepalived4j.netlink.rtnl.Route;
import org.keepalived4j.netlink.rtnl.RouteManager;
import org.keepalived4j.netlink.rtnl.Rtnetlink;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.netlink.rtnl.Rule;
import org.keepalived4j.netlink.rtnl.RuleManager;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory kernel for unit tests of code that uses {@link Rtnetlink}: links, addresses, routes and rules with
 * the kernel's answers ({@code EEXIST}, {@code EADDRNOTAVAIL}, {@code ESRCH}, {@code ENOENT}, {@code ENODEV})
 * turned into the same {@code false} results or {@link NetlinkException}s as the real implementation, and
 * notifications delivered to every {@link #openMonitor() monitor}.
 *
 * <pre>{@code
 * FakeRtnetlink kernel = new FakeRtnetlink();
 * Link eth0 = kernel.addLink("eth0", true);
 * LinkMonitor events = kernel.openMonitor();
 * ... code under test calls kernel.addresses().add(...) ...
 * assertEquals(List.of(IfAddress.of(eth0.index(), vip, 32)), kernel.addresses().list());
 * kernel.setCarrier("eth0", false);                  // the code under test sees LinkChanged(not running)
 * kernel.failNext(Errno.EPERM);                      // the next change is refused
 * }</pre>
 *
 * Thread-safe (synchronized), so a monitor thread and the code under test may share it.
 */
public final class FakeRtnetlink implements Rtnetlink {
    private final Map<Integer, Link> links = new LinkedHashMap<>();
    private final List<IfAddress> addresses = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<FakeLinkMonitor> monitors = new CopyOnWriteArrayList<>();
    private final Deque<Errno> failures = new ArrayDeque<>();
    private final Addresses addressManager = new Addresses();
    private final Links linkManager = new Links();
    private final Routes routeManager = new Routes();
    private final Rules ruleManager = new Rules();
    private int nextIndex = 1;
    private int changes;

    /** A fake with only {@code lo} (index 1, up). */
    public FakeRtnetlink() {
        addLink("lo", true);
    }

    // --- test controls ---------------------------------------------------------------------------------------

    /**
     * Adds an Ethernet-like interface (as a hot-plug would), notifying monitors.
     *
     * @param name interface name
     * @param up whether it is up and running
     * @return the new link
     */
    public synchronized Link addLink(String name, boolean up) {
        int index = nextIndex++;
        int flags = Rtnl.IFF_BROADCAST | Rtnl.IFF_MULTICAST | (up ? Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP : 0);
        Link l = new Link(index, name, flags, new MacAddress(0x02_00_00_00_00_00L | index), null, 0, 0, 1500, null);
        links.put(index, l);
        publish(new RtnlEvent.LinkChanged(l));
        return l;
    }

    /**
     * Simulates carrier loss or return ({@code IFF_RUNNING}/{@code IFF_LOWER_UP}) on an up interface.
     *
     * @param name interface name
     * @param carrier whether the carrier is present
     */
    public synchronized void setCarrier(String name, boolean carrier) {
        Link l = requireByName(name);
        int bits = Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP;
        replaceLink(l, carrier ? l.flags() | bits : l.flags() & ~bits);
    }

    /**
     * Removes an interface from outside (as {@code ip link del} would), with its addresses and routes.
     *
     * @param name interface name
     */
    public synchronized void removeLink(String name) {
        removeLinkAt(requireByName(name).index());
    }

    /**
     * Makes the next changing call (add, delete, replace, create, set up) fail with this errno.
     *
     * @param errno the error to answer
     */
    public synchronized void failNext(Errno errno) {
        failures.add(errno);
    }

    /** Queues an {@link RtnlEvent.EventsLost} on every monitor, as a kernel queue overflow would. */
    public void loseEvents() {
        publish(new RtnlEvent.EventsLost());
    }

    /** @return how many changes the fake accepted so far */
    public synchronized int changes() {
        return changes;
    }

    /** @return a monitor that receives every later notification */
    public LinkMonitor openMonitor() {
        FakeLinkMonitor m = new FakeLinkMonitor(monitors::remove);
        monitors.add(m);
        return m;
    }

    // --- Rtnetlink -------------------------------------------------------------------------------------------

    @Override
    public AddressManager addresses() {
        return addressManager;
    }

    @Override
    public LinkManager links() {
        return linkManager;
    }

    @Override
    public RouteManager routes() {
        return routeManager;
    }

    @Override
    public RuleManager rules() {
        return ruleManager;
    }

    @Override
    public void close() {
        // nothing to release
    }

    // --- internals -------------------------------------------------------------------------------------------

    private void publish(RtnlEvent e) {
        for (FakeLinkMonitor m : monitors) {
            m.offer(e);
        }
    }

    private void mutate(String operation) {
        Errno e = failures.poll();
        if (e != null) {
            throw new NetlinkException("Netlink: " + operation + " (fake)", e.code(), null);
        }
        changes++;
    }

    private Link requireByName(String name) {
        return links.values().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fake has no interface " + name));
    }

    private void requireLink(int index, String operation) {
        if (!links.containsKey(index)) {
            throw new NetlinkException("Netlink: " + operation + " (fake)", Errno.ENODEV.code(), null);
        }
    }

    private void replaceLink(Link l, int flags) {
        Link n = new Link(l.index(), l.name(), flags, l.mac(), l.kind(), l.parentIndex(), l.masterIndex(), l.mtu(),
                l.macvlanMode());
        links.put(l.index(), n);
        publish(new RtnlEvent.LinkChanged(n));
    }

    private void removeLinkAt(int index) {
        Link l = links.remove(index);
        addresses.removeIf(a -> {
            if (a.ifIndex() == index) {
                publish(new RtnlEvent.AddressRemoved(a));
                return true;
            }
            return false;
        });
        routes.removeIf(r -> r.outIfIndex() == index);
        publish(new RtnlEvent.LinkRemoved(l));
    }

    private static boolean sameRouteKey(Route a, Route b) {
        return a.family() == b.family() && a.table() == b.table() && a.tos() == b.tos()
                && Objects.equals(a.destination(), b.destination()) && a.destinationPrefix() == b.destinationPrefix()
                && Objects.equals(a.source(), b.source()) && a.sourcePrefix() == b.sourcePrefix()
                && a.metric() == b.metric();
    }

    private final class Addresses implements AddressManager {
        @Override
        public boolean add(IfAddress address) {
            synchronized (FakeRtnetlink.this) {
                requireLink(address.ifIndex(), "RTM_NEWADDR");
                if (addresses.stream().anyMatch(address::sameAddress)) {
                    return false;
                }
                mutate("RTM_NEWADDR");
                addresses.add(address);
                publish(new RtnlEvent.AddressAdded(address));
                return true;
            }
        }

        @Override
        public boolean delete(IfAddress address) {
            synchronized (FakeRtnetlink.this) {
                Optional<IfAddress> found = addresses.stream().filter(address::sameAddress).findFirst();
                if (found.isEmpty()) {
                    return false;
                }
                mutate("RTM_DELADDR");
                addresses.remove(found.get());
                publish(new RtnlEvent.AddressRemoved(found.get()));
                return true;
            }
        }

        @Override
        public List<IfAddress> list() {
            synchronized (FakeRtnetlink.this) {
                return List.copyOf(addresses);
            }
        }
    }

    private final class Links implements LinkManager {
        @Override
        public List<Link> list() {
            synchronized (FakeRtnetlink.this) {
                return List.copyOf(links.values());
            }
        }

        @Override
        public Optional<Link> byName(String name) {
            synchronized (FakeRtnetlink.this) {
                return links.values().stream().filter(l -> l.name().equals(name)).findFirst();
            }
        }

        @Override
        public Optional<Link> byIndex(int index) {
            synchronized (FakeRtnetlink.this) {
                return Optional.ofNullable(links.get(index));
            }
        }

        @Override
        public Link createMacvlan(MacvlanSpec spec) {
            synchronized (FakeRtnetlink.this) {
                requireLink(spec.parentIndex(), "RTM_NEWLINK");
                if (byName(spec.name()).isPresent()) {
                    throw new NetlinkException("Netlink: RTM_NEWLINK (fake)", Errno.EEXIST.code(), null);
                }
                mutate("RTM_NEWLINK");
                int index = nextIndex++;
                Link l = new Link(index, spec.name(), Rtnl.IFF_BROADCAST | Rtnl.IFF_MULTICAST,
                        spec.mac() != null ? spec.mac() : new MacAddress(0x02_00_00_00_00_00L | index), "macvlan",
                        spec.parentIndex(), 0, links.get(spec.parentIndex()).mtu(), spec.mode());
                links.put(index, l);
                publish(new RtnlEvent.LinkChanged(l));
                return l;
            }
        }

        @Override
        public boolean delete(int index) {
            synchronized (FakeRtnetlink.this) {
                if (!links.containsKey(index)) {
                    return false;
                }
                mutate("RTM_DELLINK");
                removeLinkAt(index);
                return true;
            }
        }

        @Override
        public void setUp(int index, boolean up) {
            synchronized (FakeRtnetlink.this) {
                requireLink(index, "RTM_NEWLINK");
                mutate("RTM_NEWLINK");
                Link l = links.get(index);
                int bits = Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP;
                replaceLink(l, up ? l.flags() | bits : l.flags() & ~bits);
            }
        }

        @Override
        public void disableIpv6AddressGeneration(int index) {
            synchronized (FakeRtnetlink.this) {
                requireLink(index, "RTM_NEWLINK");
                mutate("RTM_NEWLINK");
            }
        }
    }

    private final class Routes implements RouteManager {
        @Override
        public boolean add(Route route) {
            synchronized (FakeRtnetlink.this) {
                if (route.outIfIndex() != 0) {
                    requireLink(route.outIfIndex(), "RTM_NEWROUTE");
                }
                if (routes.stream().anyMatch(r -> sameRouteKey(r, route))) {
                    return false;
                }
                mutate("RTM_NEWROUTE");
                routes.add(route);
                return true;
            }
        }

        @Override
        public void replace(Route route) {
            synchronized (FakeRtnetlink.this) {
                mutate("RTM_NEWROUTE");
                routes.removeIf(r -> sameRouteKey(r, route));
                routes.add(route);
            }
        }

        @Override
        public boolean delete(Route route) {
            synchronized (FakeRtnetlink.this) {
                if (routes.stream().noneMatch(r -> sameRouteKey(r, route))) {
                    return false;
                }
                mutate("RTM_DELROUTE");
                return routes.removeIf(r -> sameRouteKey(r, route));
            }
        }

        @Override
        public List<Route> list(IpFamily family, int table) {
            synchronized (FakeRtnetlink.this) {
                return routes.stream().filter(r -> r.family() == family && r.table() == table).toList();
            }
        }
    }

    private final class Rules implements RuleManager {
        @Override
        public boolean add(Rule rule) {
            synchronized (FakeRtnetlink.this) {
                if (rules.contains(rule)) {
                    return false;
                }
                mutate("RTM_NEWRULE");
                rules.add(rule);
                return true;
            }
        }

        @Override
        public boolean delete(Rule rule) {
            synchronized (FakeRtnetlink.this) {
                if (!rules.contains(rule)) {
                    return false;
                }
                mutate("RTM_DELRULE");
                return rules.remove(rule);
            }
        }

        @Override
        public List<Rule> list(IpFamily family) {
            synchronized (FakeRtnetlink.this) {
                return rules.stream().filter(r -> r.family() == family).toList();
            }
        }
    }
}
