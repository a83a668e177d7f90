package org.keepalived4j.vrrp.net;

import java.util.function.ToIntFunction;
import org.keepalived4j.config.model.vrrp.RouteMetrics;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Route;
import org.keepalived4j.netlink.rtnl.RouteType;
import org.keepalived4j.vrrp.bind.KeywordWarnings;

/**
 * A {@code virtual_routes} / {@code static_routes} line as an {@code RTM_NEWROUTE} request: type, destination,
 * {@code from}, {@code src}, {@code via}, {@code dev}, {@code table}, {@code scope}, {@code metric}, {@code tos},
 * {@code protocol}. When no scope is given it is chosen as {@code ip route} does: {@code host} for local routes,
 * {@code link} for unicast routes without a gateway, else {@code global}. Multipath, encapsulation, metrics,
 * {@code onlink}, {@code expires}, {@code pref}, {@code realms}, {@code vrf} and {@code ttl-propagate} are
 * reported once as unsupported and left out.
 */
public final class RouteMapping {
    private RouteMapping() {
    }

    /**
     * @param r        the line
     * @param ifIndex  interface name to index; a value &lt;= 0 means the interface does not exist
     * @param warnings unsupported options
     * @return the route
     * @throws IllegalArgumentException when its {@code dev} does not exist
     */
    public static Route toRoute(VirtualRoute r, ToIntFunction<String> ifIndex, KeywordWarnings warnings) {
        warnUnsupported(r, warnings);
        IpFamily family = r.family() == org.keepalived4j.config.model.vrrp.IpFamily.INET6 ? IpFamily.INET6
                : IpFamily.INET;
        RouteType type = RouteType.fromCode(r.type() == null ? 1 : r.type().code());
        Route.Builder b = Route.builder(family).type(type).table((int) r.table()).protocol(r.protocol());
        if (r.destination().prefixLength() > 0) {
            b.destination(r.destination().address(), r.destination().prefixLength());
        }
        if (r.source() != null && r.source().prefixLength() > 0) {
            b.source(r.source().address(), r.source().prefixLength());
        }
        if (r.preferredSource() != null) {
            b.preferredSource(r.preferredSource());
        }
        if (r.via() != null) {
            b.gateway(r.via());
        }
        if (r.interfaceName() != null) {
            int index = ifIndex.applyAsInt(r.interfaceName());
            if (index <= 0) {
                throw new IllegalArgumentException("interface " + r.interfaceName() + " does not exist");
            }
            b.outIfIndex(index);
        }
        if (r.metric() != null) {
            b.metric(r.metric());
        }
        if (r.tos() != null) {
            b.tos(r.tos());
        }
        int scope;
        if (r.scope() != null) {
            scope = r.scope();
        } else if (type == RouteType.LOCAL) {
            scope = Rtnl.RT_SCOPE_HOST;
        } else if (type == RouteType.UNICAST && r.via() == null && r.nexthops().isEmpty()) {
            scope = Rtnl.RT_SCOPE_LINK;
        } else {
            scope = Rtnl.RT_SCOPE_UNIVERSE;
        }
        return b.scope(scope).build();
    }

    private static void warnUnsupported(VirtualRoute r, KeywordWarnings w) {
        if (!r.nexthops().isEmpty()) {
            w.unsupported(null, "virtual_routes nexthop", "only the first path is used");
        }
        if (r.encap() != null) {
            w.unsupported(null, "virtual_routes encap", "the route is added without encapsulation");
        }
        if (r.metrics() != null && !r.metrics().equals(RouteMetrics.NONE)) {
            w.unsupported(null, "virtual_routes metrics (mtu, advmss, ...)", "the kernel's defaults apply");
        }
        if (r.onlink() || r.expires() != null || r.pref() != null || r.realms() != null || r.vrf() != null
                || r.ttlPropagate() != null) {
            w.unsupported(null, "virtual_routes onlink/expires/pref/realms/vrf/ttl-propagate",
                    "the route is added without them");
        }
        if (r.addMode() != null && r.addMode() != VirtualRoute.AddMode.PREPEND) {
            w.unsupported(null, "virtual_routes add/append", "routes are added as with prepend");
        }
    }
}
