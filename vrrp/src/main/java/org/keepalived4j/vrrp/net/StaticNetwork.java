package org.keepalived4j.vrrp.net;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.vrrp.bind.ConfigEquality;
import org.keepalived4j.vrrp.bind.KeywordWarnings;
import org.keepalived4j.vrrp.bind.VirtualAddresses;
import org.keepalived4j.vrrp.state.VirtualAddress;

/**
 * {@code static_ipaddress}, {@code static_routes} and {@code static_rules}: set when VRRP starts, whatever the
 * instances do, and removed when it stops (even with {@code -V}, as keepalived's {@code vrrp_terminate_phase1});
 * a reload removes what disappeared and adds what is new ({@code clear_diff_static_*}). {@code track_group} on
 * them is reported as unsupported: they stay while their group is in FAULT.
 */
public final class StaticNetwork {
    private static final String OWNER = "static";

    private final RtnlVipManager net;
    private final KeywordWarnings warnings;
    private List<VirtualIpAddress> addresses = List.of();
    private List<VirtualRoute> routes = List.of();
    private List<VirtualRule> rules = List.of();

    /**
     * @param net      performs the requests
     * @param warnings unsupported options
     */
    public StaticNetwork(RtnlVipManager net, KeywordWarnings warnings) {
        this.net = net;
        this.warnings = warnings;
    }

    /** Sets the statics of {@code vrrp}, removing those of the previous call that are gone. */
    public void apply(VrrpConfig vrrp) {
        List<VirtualIpAddress> newAddresses = vrrp.staticAddresses();
        List<VirtualRoute> newRoutes = vrrp.staticRoutes();
        List<VirtualRule> newRules = vrrp.staticRules();
        if (newAddresses.stream().anyMatch(a -> a.trackGroup() != null)
                || newRoutes.stream().anyMatch(r -> r.trackGroup() != null)
                || newRules.stream().anyMatch(r -> r.trackGroup() != null)) {
            warnings.unsupported(null, "track_group", "static addresses, routes and rules stay set");
        }
        net.removeRules(OWNER, missing(rules, newRules));
        net.removeRoutes(OWNER, missing(routes, newRoutes));
        removeAddresses(missing(addresses, newAddresses));
        addAddresses(missing(newAddresses, addresses));
        net.addRoutes(OWNER, missing(newRoutes, routes));
        net.addRules(OWNER, missing(newRules, rules));
        addresses = newAddresses;
        routes = newRoutes;
        rules = newRules;
    }

    /** Removes every static entry set by {@link #apply}. */
    public void clear() {
        net.removeRules(OWNER, rules);
        net.removeRoutes(OWNER, routes);
        removeAddresses(addresses);
        addresses = List.of();
        routes = List.of();
        rules = List.of();
    }

    private void addAddresses(List<VirtualIpAddress> lines) {
        for (VirtualIpAddress l : lines) {
            net.addAddresses(OWNER, l.interfaceName(), List.of(asEntry(l)));
        }
    }

    private void removeAddresses(List<VirtualIpAddress> lines) {
        for (VirtualIpAddress l : lines.reversed()) {
            net.removeAddresses(OWNER, l.interfaceName(), List.of(asEntry(l)));
        }
    }

    private VirtualAddress asEntry(VirtualIpAddress l) {
        VirtualAddress a = VirtualAddresses.map(l, OWNER, warnings);
        return new VirtualAddress(a.address(), a.prefixLength(), a.broadcast(), l.interfaceName(), a.scope(),
                a.label(), a.noDad());
    }

    /** The entries of {@code from} that have no equal (positions aside) in {@code in}. */
    static <T> List<T> missing(List<T> from, List<T> in) {
        List<T> out = new ArrayList<>();
        for (T t : from) {
            if (in.stream().noneMatch(o -> ConfigEquality.equalIgnoringPositions(t, o))) {
                out.add(t);
            }
        }
        return out;
    }
}
