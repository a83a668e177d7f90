package org.keepalived4j.vrrp.net;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.Rtnetlink;
import org.keepalived4j.vrrp.bind.KeywordWarnings;
import org.keepalived4j.vrrp.bind.VirtualAddresses;
import org.keepalived4j.vrrp.runtime.VipManager;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VipManager} over rtnetlink: what a MASTER sets and a leaving MASTER removes, in keepalived's order
 * ({@code vrrp_state_become_master}: addresses, then {@code virtual_routes}, then {@code virtual_rules}; removal
 * in the reverse order). IPv6 addresses get {@code IFA_F_NODAD} unless configured {@code -nodad}.
 *
 * <p>Called on the VRRP thread; the requests run on the {@link NetlinkThread}, one batch per call, each wait
 * bounded. Failures are logged with the address and the kernel's answer, never thrown; an address already there
 * on add or already gone on remove is not an error. The routes and rules of an instance are registered by the
 * runtime ({@link #setInstanceNet}) before the instance can become MASTER.
 */
public final class RtnlVipManager implements VipManager {
    private static final Logger LOG = LoggerFactory.getLogger(RtnlVipManager.class);

    private final NetlinkThread netlink;
    private final KeywordWarnings warnings;
    private final Map<String, InstanceNet> nets = new ConcurrentHashMap<>();

    /**
     * The {@code virtual_routes} and {@code virtual_rules} of an instance.
     *
     * @param routes routes
     * @param rules  rules
     */
    public record InstanceNet(List<VirtualRoute> routes, List<VirtualRule> rules) {
        /** Copies. */
        public InstanceNet {
            routes = List.copyOf(routes);
            rules = List.copyOf(rules);
        }
    }

    /**
     * @param netlink  the thread owning the rtnetlink socket
     * @param warnings unsupported route and rule options
     */
    public RtnlVipManager(NetlinkThread netlink, KeywordWarnings warnings) {
        this.netlink = netlink;
        this.warnings = warnings;
    }

    /** Registers (or replaces) the routes and rules set with an instance's VIPs. */
    public void setInstanceNet(String instance, List<VirtualRoute> routes, List<VirtualRule> rules) {
        nets.put(instance, new InstanceNet(routes, rules));
    }

    /** Forgets an instance's routes and rules (after it was stopped). */
    public void removeInstanceNet(String instance) {
        nets.remove(instance);
    }

    @Override
    public void addVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        addAddresses(instanceName, interfaceName, addresses);
        InstanceNet n = nets.get(instanceName);
        if (n != null) {
            addRoutes(instanceName, n.routes());
            addRules(instanceName, n.rules());
        }
    }

    @Override
    public void removeVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        InstanceNet n = nets.get(instanceName);
        if (n != null) {
            removeRules(instanceName, n.rules());
            removeRoutes(instanceName, n.routes());
        }
        removeAddresses(instanceName, interfaceName, addresses);
    }

    /** Adds addresses; one without {@code dev} goes on {@code interfaceName}. Returns how many were added. */
    public int addAddresses(String owner, String interfaceName, List<VirtualAddress> addresses) {
        return changeAddresses(owner, interfaceName, addresses, true);
    }

    /** Removes addresses. Returns how many were removed. */
    public int removeAddresses(String owner, String interfaceName, List<VirtualAddress> addresses) {
        return changeAddresses(owner, interfaceName, addresses, false);
    }

    private int changeAddresses(String owner, String interfaceName, List<VirtualAddress> addresses, boolean add) {
        if (addresses.isEmpty()) {
            return 0;
        }
        try {
            return netlink.call(r -> {
                int changed = 0;
                for (VirtualAddress a : addresses) {
                    String dev = a.device() != null ? a.device() : interfaceName;
                    try {
                        Link link = r.links().byName(dev).orElse(null);
                        if (link == null) {
                            LOG.info("({}) cannot {} {}: interface {} does not exist", owner,
                                    add ? "add" : "remove", a.address().getHostAddress(), dev);
                            continue;
                        }
                        IfAddress ifa = toIfAddress(link.index(), a);
                        if (add ? r.addresses().add(ifa) : r.addresses().delete(ifa)) {
                            changed++;
                        }
                    } catch (RuntimeException e) {
                        LOG.error("({}) {} address {}/{} dev {} failed: {}", owner, add ? "adding" : "removing",
                                a.address().getHostAddress(), a.prefixLength(), dev, e.getMessage());
                    }
                }
                return changed;
            });
        } catch (RuntimeException e) {
            LOG.error("({}) {} addresses failed: {}", owner, add ? "adding" : "removing", e.getMessage());
            return 0;
        }
    }

    /** The netlink request of one address. */
    static IfAddress toIfAddress(int ifIndex, VirtualAddress a) {
        IfAddress ifa = IfAddress.of(ifIndex, a.address(), a.prefixLength())
                .withScope(VirtualAddresses.scopeNumber(a.scope()));
        if (a.broadcast() != null) {
            ifa = ifa.withBroadcast(a.broadcast());
        }
        if (a.label() != null && !a.ipv6()) {
            ifa = ifa.withLabel(a.label());
        }
        if (a.noDad()) {
            ifa = ifa.withFlags(Rtnl.IFA_F_NODAD);
        }
        return ifa;
    }

    /** Adds routes; failures logged. Returns how many were added. */
    public int addRoutes(String owner, List<VirtualRoute> routes) {
        return changeRoutes(owner, routes, true);
    }

    /** Removes routes; failures logged. */
    public int removeRoutes(String owner, List<VirtualRoute> routes) {
        return changeRoutes(owner, routes.reversed(), false);
    }

    private int changeRoutes(String owner, List<VirtualRoute> routes, boolean add) {
        if (routes.isEmpty()) {
            return 0;
        }
        return callQuietly(owner, r -> {
            int changed = 0;
            for (VirtualRoute vr : routes) {
                try {
                    var route = RouteMapping.toRoute(vr, name -> r.links().byName(name).map(Link::index).orElse(0),
                            warnings);
                    if (add ? r.routes().add(route) : r.routes().delete(route)) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    LOG.error("({}) {} route {} failed: {}", owner, add ? "adding" : "removing", vr.destination(),
                            e.getMessage());
                }
            }
            return changed;
        });
    }

    /** Adds rules; failures logged. */
    public int addRules(String owner, List<VirtualRule> rules) {
        return changeRules(owner, rules, true);
    }

    /** Removes rules; failures logged. */
    public int removeRules(String owner, List<VirtualRule> rules) {
        return changeRules(owner, rules.reversed(), false);
    }

    private int changeRules(String owner, List<VirtualRule> rules, boolean add) {
        if (rules.isEmpty()) {
            return 0;
        }
        return callQuietly(owner, r -> {
            int changed = 0;
            for (VirtualRule vr : rules) {
                try {
                    var rule = RuleMapping.toRule(vr, warnings);
                    if (add ? r.rules().add(rule) : r.rules().delete(rule)) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    LOG.error("({}) {} rule failed: {}", owner, add ? "adding" : "removing", e.getMessage());
                }
            }
            return changed;
        });
    }

    private int callQuietly(String owner, java.util.function.Function<Rtnetlink, Integer> request) {
        try {
            return netlink.call(request);
        } catch (RuntimeException e) {
            LOG.error("({}) netlink request failed: {}", owner, e.getMessage());
            return 0;
        }
    }
}
