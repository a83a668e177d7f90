package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.util.List;
import java.util.function.UnaryOperator;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.model.vrrp.RouteEncap;
import org.keepalived4j.config.model.vrrp.RouteNexthop;
import org.keepalived4j.config.tree.ConfigNode;

/** The {@code nexthop via IP dev IF weight N onlink encap ... realms R} part of a route (keepalived's parse_nexthops). */
final class RouteNexthopReader {

    private final BuildContext ctx;
    private final ConfigNode line;
    private final VrrpInterfaces interfaces;
    private final IpAddressParser addresses;
    private final UnaryOperator<IpFamily> routeFamily;

    /**
     * @param routeFamily given a family a nexthop requires (or null), sets the route's family if unset and returns
     *                    the route's family
     */
    RouteNexthopReader(BuildContext ctx, ConfigNode line, VrrpInterfaces interfaces, IpAddressParser addresses,
                       UnaryOperator<IpFamily> routeFamily) {
        this.ctx = ctx;
        this.line = line;
        this.interfaces = interfaces;
        this.addresses = addresses;
        this.routeFamily = routeFamily;
    }

    /** Reads nexthops from {@code i} into {@code out}; a bad nexthop ends the list (keepalived keeps the route). */
    void read(List<String> w, int i, List<RouteNexthop> out) {
        while (i < w.size() && w.get(i).equals("nexthop")) {
            i++;
            InetAddress via = null;
            String dev = null;
            Integer weight = null;
            boolean onlink = false;
            Integer realms = null;
            RouteEncap encap = null;
            loop:
            while (i < w.size()) {
                String s = w.get(i);
                switch (s) {
                    case "via" -> {
                        String a = word(w, ++i);
                        IpFamily f = null;
                        if (a.equals("inet") || a.equals("inet6")) {
                            f = a.equals("inet") ? IpFamily.INET : IpFamily.INET6;
                            a = word(w, ++i);
                            IpFamily rf = routeFamily.apply(f);
                            if (rf != f) {
                                ctx.error(line, "IPv4/6 mismatch for nexthop");
                                return;
                            }
                        }
                        IpPrefix p = addresses.parsePrefix(line, a, false);
                        if (p == null) {
                            ctx.error(line, "invalid nexthop address " + a);
                            return;
                        }
                        if (routeFamily.apply(p.family()) != p.family()) {
                            ctx.error(line, "Address family mismatch for next hop");
                            return;
                        }
                        via = p.address();
                    }
                    case "dev" -> {
                        String d = word(w, ++i);
                        if (!interfaces.lookup(d)) {
                            ctx.error(line, "WARNING - interface " + d + " for VROUTE nexthop doesn't exist");
                            return;
                        }
                        dev = d;
                    }
                    case "weight" -> {
                        String v = word(w, ++i);
                        var n = Numbers.readDecimal(ctx, line.position(), v, 0, 256, 0);
                        if (n.isEmpty()) {
                            ctx.error(line, "Invalid weight " + v + " specified for route");
                            return;
                        }
                        if (n.getAsLong() == 0) {
                            ctx.error(line, "Invalid weight 0 specified for route");
                            return;
                        }
                        weight = (int) n.getAsLong();
                    }
                    case "onlink" -> onlink = true;
                    case "encap" -> {
                        RouteEncapReader.Result r = new RouteEncapReader(ctx, line, addresses).read(w, i);
                        i = r.index();
                        encap = r.encap() != null ? r.encap() : encap;
                    }
                    case "realms" -> {
                        String v = word(w, ++i);
                        realms = RtNames.realms(v);
                        if (realms == null) {
                            ctx.error(line, "Invalid realms " + v + " for route");
                            return;
                        }
                        if (routeFamily.apply(IpFamily.INET) != IpFamily.INET) {
                            ctx.error(line, "realms are only supported for IPv4");
                            return;
                        }
                    }
                    case "as" -> {
                        if (word(w, ++i).equals("to")) {
                            i++;
                        }
                        ctx.error(line, "'as [to]' (nat) not supported");
                        return;
                    }
                    default -> {
                        break loop;
                    }
                }
                i++;
            }
            out.add(new RouteNexthop(via, dev, weight, onlink, realms, encap));
        }
        if (i < w.size()) {
            ctx.error(line, "Route has trailing nonsense after nexthops - " + w.get(i));
        }
    }

    private static String word(List<String> w, int i) {
        return i < w.size() ? w.get(i) : "";
    }
}
