package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.model.vrrp.RouteEncap;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code encap ip|ip6|mpls|ila ...} of a route or nexthop, as keepalived's {@code parse_encap}. */
final class RouteEncapReader {

    /**
     * What was read.
     *
     * @param encap the encapsulation, or null when it was invalid (the message is out; the route stays)
     * @param index the index of the last word used
     */
    record Result(RouteEncap encap, int index) {
    }

    private final BuildContext ctx;
    private final ConfigNode line;
    private final IpAddressParser addresses;

    RouteEncapReader(BuildContext ctx, ConfigNode line, IpAddressParser addresses) {
        this.ctx = ctx;
        this.line = line;
        this.addresses = addresses;
    }

    /** Reads from {@code i} (the word {@code encap}). */
    Result read(List<String> w, int i) {
        if (w.size() <= i + 1) {
            ctx.error(line, "Missing encap type");
            return new Result(null, i);
        }
        String type = w.get(i + 1);
        int j = i + 2;
        return switch (type) {
            case "ip", "ip6" -> ip(w, j, type.equals("ip6"));
            case "mpls" -> mpls(w, j);
            case "ila" -> ila(w, j);
            default -> {
                ctx.error(line, "Unknown encap type - " + type);
                yield new Result(null, i + 1);
            }
        };
    }

    private Result ip(List<String> w, int j, boolean v6) {
        Long id = null;
        InetAddress dst = null;
        InetAddress src = null;
        Integer tos = null;
        Integer ttl = null;
        Integer flags = null;
        String kind = v6 ? "ip6" : "ip";
        while (j + 1 < w.size()) {
            String s = w.get(j);
            String v = w.get(j + 1);
            switch (s) {
                case "id" -> {
                    var n = Numbers.readDecimal(ctx, line.position(), v, 0, Long.MAX_VALUE - 1, 0);
                    if (n.isEmpty()) {
                        return bad(v6 ? "id " + v + " value invalid for IPv6 encapsulation"
                                : "encap id " + v + " value is invalid", j);
                    }
                    id = n.getAsLong();
                }
                case "dst", "src" -> {
                    IpPrefix p = addresses.parsePrefix(line, v, false);
                    if (p == null) {
                        return bad("Invalid encap " + kind + " " + s + " " + v, j);
                    }
                    if ((p.family() == IpFamily.INET6) != v6) {
                        return bad(v6 ? "IPv4 address " + v + " not valid for ip6 encapsulation"
                                : "IPv6 address " + v + " not valid for ip encapsulation", j);
                    }
                    if (s.equals("dst")) {
                        dst = p.address();
                    } else {
                        src = p.address();
                    }
                }
                case "tos", "tc" -> {
                    if (s.equals("tc") != v6) {
                        j -= 0;
                        return done(v6, id, dst, src, tos, ttl, flags, j);
                    }
                    tos = RtNames.dsfield(v);
                    if (tos == null) {
                        return bad(v6 ? "tc value " + s + " is invalid for ip6 encapsulation"
                                : "dsfield " + v + " not valid for ip encapsulation", j);
                    }
                }
                case "ttl", "hoplimit" -> {
                    if (s.equals("hoplimit") != v6) {
                        return done(v6, id, dst, src, tos, ttl, flags, j);
                    }
                    var n = Numbers.readDecimal(ctx, line.position(), v, 0, 255, 0);
                    if (n.isEmpty()) {
                        return bad(v6 ? "Invalid hoplimit " + v + " specified for ip6 encapsulation"
                                : "ttl " + v + " is not valid for ip encapsulation", j);
                    }
                    ttl = (int) n.getAsLong();
                }
                case "flags" -> {
                    var n = Numbers.readDecimal(ctx, line.position(), v, 0, 65535, 0);
                    if (n.isEmpty()) {
                        return bad("flags " + v + " is not valid for " + kind + " encapsulation", j);
                    }
                    flags = (int) n.getAsLong();
                }
                default -> {
                    return done(v6, id, dst, src, tos, ttl, flags, j);
                }
            }
            j += 2;
        }
        return done(v6, id, dst, src, tos, ttl, flags, j);
    }

    private Result done(boolean v6, Long id, InetAddress dst, InetAddress src, Integer tos, Integer ttl,
                        Integer flags, int j) {
        if (dst == null && id == null) {
            return bad("address or id missing for " + (v6 ? "ip6" : "ip") + " encapsulation", j);
        }
        RouteEncap e = v6 ? new RouteEncap.Ip6(id, dst, src, tos, ttl, flags)
                : new RouteEncap.Ip(id, dst, src, tos, ttl, flags);
        return new Result(e, j - 1);
    }

    private Result bad(String msg, int j) {
        ctx.error(line, msg);
        return new Result(null, j - 1);
    }

    private Result mpls(List<String> w, int j) {
        if (j >= w.size()) {
            ctx.error(line, "missing address for MPLS encapsulation");
            return new Result(null, j - 1);
        }
        String s = w.get(j);
        List<Integer> labels = new ArrayList<>();
        for (String part : s.split("/", -1)) {
            Long v = RtNames.number(part);
            if (v == null || v > 0xFFFFF || labels.size() == 16) {
                ctx.error(line, "invalid mpls address " + s + " for encapsulation");
                return new Result(null, j);
            }
            labels.add(v.intValue());
        }
        return new Result(new RouteEncap.Mpls(labels), j);
    }

    private Result ila(List<String> w, int j) {
        if (j >= w.size()) {
            ctx.error(line, "missing locator for ILA encapsulation");
            return new Result(null, j - 1);
        }
        String s = w.get(j);
        String[] parts = s.split(":", -1);
        long v = 0;
        boolean ok = parts.length == 4;
        for (int k = 0; ok && k < 4; k++) {
            ok = !parts[k].isEmpty() && parts[k].length() <= 4 && parts[k].chars().allMatch(
                    c -> Character.digit(c, 16) >= 0);
            if (ok) {
                v = (v << 16) | Long.parseLong(parts[k], 16);
            }
        }
        if (!ok) {
            ctx.error(line, "invalid locator " + s + " for ila encapsulation");
            return new Result(null, j);
        }
        return new Result(new RouteEncap.Ila(v), j);
    }
}
