package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.model.vrrp.RouteEncap;
import org.keepalived4j.config.model.vrrp.RouteMetrics;
import org.keepalived4j.config.model.vrrp.RouteNexthop;
import org.keepalived4j.config.model.vrrp.RouteType;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Reads a {@code virtual_routes} / {@code static_routes} line as keepalived's {@code alloc_route}
 * ({@code vrrp_iproute.c}), with its messages: {@code "gw" for routes is deprecated}, {@code "or" for routes is
 * deprecated}, {@code Warning - cannot track route X with no interface specified, not tracking}... A route keepalived
 * drops gives null.
 */
final class RouteParser {

    /** Thrown inside the parse to abandon the line (keepalived's {@code goto err}); the message is already out. */
    static final class Drop extends RuntimeException {
        Drop() {
            super(null, null, false, false);
        }
    }

    private final BuildContext ctx;
    private final VrrpInterfaces interfaces;
    private final IpAddressParser addresses;

    RouteParser(BuildContext ctx, VrrpInterfaces interfaces, IpAddressParser addresses) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        this.addresses = addresses;
    }

    /** One route line; null when keepalived drops it. */
    VirtualRoute parse(ConfigNode line, boolean allowTrackGroup, Predicate<String> trackGroupExists) {
        try {
            return new Reader(line, allowTrackGroup, trackGroupExists).read();
        } catch (Drop d) {
            return null;
        }
    }

    /** The state of one line. */
    private final class Reader {
        final ConfigNode line;
        final List<String> w;
        final boolean allowTrackGroup;
        final Predicate<String> trackGroupExists;
        final RouteMetricsReader metrics;
        int i;
        IpFamily family;
        RouteType type = RouteType.UNICAST;
        IpPrefix dst;
        boolean dstDefault;
        IpPrefix from;
        InetAddress src;
        InetAddress via;
        String dev;
        long table = VirtualRoute.TABLE_MAIN;
        Integer scope;
        Long metric;
        Integer tos;
        Integer protocol;
        boolean onlink;
        Long expires;
        Integer pref;
        Boolean ttlPropagate;
        Integer realms;
        String vrf;
        RouteEncap encap;
        List<RouteNexthop> nexthops = new ArrayList<>();
        VirtualRoute.AddMode addMode = VirtualRoute.AddMode.PREPEND;
        boolean noTrack;
        String trackGroup;
        String dest;

        Reader(ConfigNode line, boolean allowTrackGroup, Predicate<String> trackGroupExists) {
            this.line = line;
            this.w = line.words();
            this.allowTrackGroup = allowTrackGroup;
            this.trackGroupExists = trackGroupExists;
            this.metrics = new RouteMetricsReader(ctx, line);
        }

        String cur() {
            return i < w.size() ? w.get(i) : "";
        }

        String next() {
            i++;
            return i < w.size() ? cur() : "";
        }

        Drop drop(String msg) {
            ctx.error(line, msg);
            return new Drop();
        }

        void setFamily(IpFamily f, String mismatch) {
            if (family == null) {
                family = f;
            } else if (family != f) {
                throw drop(mismatch);
            }
        }

        InetAddress address(String s) {
            IpPrefix p = addresses.parsePrefix(line, s, false);
            return p == null ? null : p.address();
        }

        VirtualRoute read() {
            boolean doNexthop = false;
            while (i < w.size()) {
                String s = w.get(i);
                if (metrics.handles(s)) {
                    i = metrics.read(w, i);
                    i++;
                    continue;
                }
                switch (s) {
                    case "inet6" -> setFamily(IpFamily.INET6, "inet6 specified for IPv4 route");
                    case "inet" -> setFamily(IpFamily.INET, "inet specified for IPv6 route");
                    case "src" -> {
                        src = address(next());
                        if (src == null) {
                            throw drop("invalid route src address " + cur());
                        }
                        setFamily(IpFamily.of(src), "Cannot mix IPv4 and IPv6 addresses for route");
                    }
                    case "as" -> {
                        if (next().equals("to")) {
                            i++;
                        }
                        ctx.error(line, "\"as to\" for MPLS only - ignoring");
                    }
                    case "via", "gw" -> readVia(s);
                    case "from" -> {
                        String f = next();
                        IpPrefix p = route(f);
                        if (p == null && !dstDefaultFlag) {
                            throw drop("invalid route from address " + f);
                        }
                        dstDefaultFlag = false;
                        if (p == null || p.family() != IpFamily.INET6) {
                            throw drop("route from address only supported with IPv6 (" + f + ")");
                        }
                        from = p;
                        setFamily(IpFamily.INET6, "Cannot mix IPv4 and IPv6 addresses for route");
                    }
                    case "tos", "dsfield" -> {
                        tos = RtNames.dsfield(next());
                        if (tos == null) {
                            throw drop("TOS value " + cur() + " is invalid");
                        }
                    }
                    case "table" -> {
                        Long t = RtNames.table(next());
                        if (t == null) {
                            throw drop("Routing table " + cur() + " not found for route");
                        }
                        table = t;
                    }
                    case "protocol" -> {
                        protocol = RtNames.protocol(next());
                        if (protocol == null) {
                            throw drop("Protocol " + cur() + " not found or invalid for route");
                        }
                    }
                    case "scope" -> {
                        scope = RtNames.scope(next());
                        if (scope == null) {
                            throw drop("Scope " + cur() + " not found or invalid for route");
                        }
                    }
                    case "metric", "priority", "preference" ->
                            metric = metrics.u32(next(), 0xFFFF_FFFFL, "Invalid metric %s specified for route");
                    case "dev", "oif" -> {
                        String d = next();
                        if (!interfaces.lookup(d)) {
                            throw drop("WARNING - interface " + d + " for VROUTE nexthop doesn't exist");
                        }
                        dev = d;
                    }
                    case "onlink" -> onlink = true;
                    case "encap" -> {
                        RouteEncapReader.Result r = new RouteEncapReader(ctx, line, addresses).read(w, i);
                        i = r.index();
                        if (r.encap() != null) {
                            encap = r.encap();
                        }
                    }
                    case "expires" -> {
                        String v = next();
                        if (family == IpFamily.INET) {
                            throw drop("expires is only valid for IPv6");
                        }
                        family = IpFamily.INET6;
                        expires = metrics.u32(v, 0xFFFF_FFFFL, "Invalid expires time %s specified for route");
                    }
                    case "realms" -> {
                        realms = RtNames.realms(next());
                        if (realms == null) {
                            throw drop("Invalid realms " + cur() + " for route");
                        }
                        if (family == IpFamily.INET6) {
                            throw drop("realms are only valid for IPv4");
                        }
                        family = IpFamily.INET;
                    }
                    case "pref" -> readPref(next());
                    case "ttl-propagate" -> {
                        String v = next();
                        if (v.equals("enabled")) {
                            ttlPropagate = true;
                        } else if (v.equals("disabled")) {
                            ttlPropagate = false;
                        } else {
                            ctx.error(line, "ttl-propagate value " + v + " not recognised");
                        }
                    }
                    case "add" -> addMode = VirtualRoute.AddMode.ADD;
                    case "prepend" -> addMode = VirtualRoute.AddMode.PREPEND;
                    case "append" -> addMode = VirtualRoute.AddMode.APPEND;
                    case "or" -> readOr();
                    case "nexthop" -> {
                        if (!nexthops.isEmpty()) {
                            ctx.error(line, "Cannot specify nexthops with \"or\" route");
                        } else {
                            doNexthop = true;
                        }
                    }
                    case "no_track" -> noTrack = true;
                    case "vrf" -> {
                        String v = next();
                        if (!interfaces.exists(v)) {
                            throw drop("VRF " + v + " not found for route");
                        }
                        vrf = v;
                    }
                    default -> {
                        if (allowTrackGroup && s.equals("track_group")) {
                            String g = next();
                            if (trackGroup != null) {
                                ctx.error(line, "track_group " + g + " is a duplicate");
                                i = w.size();
                                continue;
                            }
                            trackGroup = trackGroupExists.test(g) ? g : null;
                            if (trackGroup == null) {
                                ctx.error(line, "track_group " + g + " not found");
                            }
                        } else {
                            readDestination(s);
                        }
                    }
                }
                if (doNexthop) {
                    break;
                }
                i++;
            }
            if (doNexthop) {
                new RouteNexthopReader(ctx, line, interfaces, addresses, this::nexthopFamily).read(w, i, nexthops);
            } else if (i < w.size()) {
                throw drop("Route has trailing nonsense - " + cur());
            }
            if (dst == null && !dstDefault) {
                throw drop("Route must have a destination");
            }
            if (!noTrack) {
                if (protocol != null && protocol != VirtualRoute.RTPROT_KEEPALIVED) {
                    ctx.error(line, "Route cannot be tracked if protocol is not RTPROT_KEEPALIVED(18), resetting protocol");
                }
                protocol = VirtualRoute.RTPROT_KEEPALIVED;
                if (dev == null) {
                    ctx.error(line, "Warning - cannot track route " + dest
                            + " with no interface specified, not tracking");
                    noTrack = true;
                }
            }
            if (trackGroup != null && dev == null) {
                ctx.error(line, "Static route cannot have track group if no oif specified");
                trackGroup = null;
            }
            if (family == null) {
                family = IpFamily.INET;
            }
            if (dstDefault) {
                dst = new IpPrefix(IpLiterals.any(family == IpFamily.INET6), 0);
            }
            return new VirtualRoute(family, type, dst, from, src, via, dev, table, scope, metric, tos,
                    protocol == null ? 0 : protocol, onlink, expires, pref, ttlPropagate, realms, vrf, encap,
                    metrics.result(), nexthops, addMode, noTrack, trackGroup, line.position());
        }

        boolean dstDefaultFlag;

        /** Records the family a nexthop forces; false on mismatch. */
        IpFamily nexthopFamily(IpFamily f) {
            if (f != null && family == null) {
                family = f;
            }
            return family;
        }

        void readVia(String kw) {
            if (kw.equals("gw")) {
                ctx.error(line, "\"gw\" for routes is deprecated. Please use \"via\"");
            }
            String s = next();
            IpFamily f = family;
            if (s.equals("inet")) {
                f = IpFamily.INET;
                s = next();
            } else if (s.equals("inet6")) {
                f = IpFamily.INET6;
                s = next();
            }
            if (f != null) {
                setFamily(f, "Cannot mix IPv4 and IPv6 addresses for route");
            }
            via = address(s);
            if (via == null) {
                throw drop("invalid route via address " + s);
            }
            setFamily(IpFamily.of(via), "Cannot mix IPv4 and IPv6 addresses for route");
        }

        void readPref(String v) {
            if (family == IpFamily.INET) {
                throw drop("pref is only valid for IPv6");
            }
            family = IpFamily.INET6;
            pref = switch (v) {
                case "low" -> 3;
                case "medium" -> 0;
                case "high" -> 1;
                default -> {
                    Long n = metrics.u32(v, 255, "Invalid pref value %s specified for route");
                    yield n.intValue();
                }
            };
        }

        void readOr() {
            ctx.error(line, "\"or\" for routes is deprecated. Please use \"nexthop\"");
            if (!nexthops.isEmpty()) {
                ctx.error(line, "\"or\" route already specified - ignoring subsequent");
                i++;
                return;
            }
            nexthops.add(new RouteNexthop(via, null, null, false, null, null));
            via = null;
            String s = next();
            InetAddress a = address(s);
            if (a == null) {
                throw drop("Invalid \"or\" address " + s);
            }
            nexthops.add(new RouteNexthop(a, null, null, false, null, null));
        }

        void readDestination(String s) {
            if (s.equals("to")) {
                i++;
            }
            Integer t = RtNames.routeType(s);
            if (t != null) {
                for (RouteType rt : RouteType.values()) {
                    if (rt.code() == t) {
                        type = rt;
                    }
                }
                i++;
            }
            dest = i < w.size() ? cur() : "";
            dst = null;
            dstDefault = false;
            IpPrefix p = route(dest);
            if (p == null && !dstDefaultFlag) {
                throw drop("unknown route keyword " + dest);
            }
            if (dstDefaultFlag) {
                dstDefault = true;
                dstDefaultFlag = false;
                return;
            }
            dst = p;
            setFamily(p.family(), "Cannot mix IPv4 and IPv6 addresses for route (" + dest + ")");
        }

        /** keepalived's {@code parse_route}: {@code default}/{@code any}/{@code all} set dstDefaultFlag. */
        IpPrefix route(String s) {
            dstDefaultFlag = false;
            if (s.equals("default") || s.equals("any") || s.equals("all")) {
                dstDefaultFlag = true;
                return null;
            }
            if (s.equals("default6")) {
                return new IpPrefix(IpLiterals.any(true), 0);
            }
            return addresses.parsePrefix(line, s, true);
        }
    }
}
