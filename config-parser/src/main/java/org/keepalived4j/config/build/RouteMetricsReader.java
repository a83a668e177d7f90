package org.keepalived4j.config.build;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.keepalived4j.config.model.vrrp.RouteMetrics;
import org.keepalived4j.config.tree.ConfigNode;

/** The RTA_METRICS keywords of a route line ({@code mtu [lock] N}, {@code rtt 300ms}...), as keepalived reads them. */
final class RouteMetricsReader {

    private static final Set<String> KEYWORDS = Set.of("mtu", "hoplimit", "advmss", "rtt", "rttvar", "reordering",
            "window", "cwnd", "ssthresh", "rto_min", "initcwnd", "initrwnd", "features", "quickack", "congctl",
            "fastopen_no_cookie");
    private static final long RTT_MIN_MS = 200;
    private static final long RTT_MAX_MS = 120_000;

    private final BuildContext ctx;
    private final ConfigNode line;
    private final Long[] values = new Long[11];
    private Integer hoplimit;
    private Integer quickack;
    private Boolean fastopenNoCookie;
    private String congctl;
    private boolean ecn;
    private final Set<String> locked = new HashSet<>();

    RouteMetricsReader(BuildContext ctx, ConfigNode line) {
        this.ctx = ctx;
        this.line = line;
    }

    boolean handles(String keyword) {
        return KEYWORDS.contains(keyword);
    }

    /** Reads the keyword at {@code i} and its value(s); returns the index of the last word used. */
    int read(List<String> w, int i) {
        String kw = w.get(i);
        String v = word(w, ++i);
        boolean lockable = switch (kw) {
            case "mtu", "advmss", "rtt", "rttvar", "reordering", "cwnd", "ssthresh", "rto_min", "congctl" -> true;
            default -> false;
        };
        if (lockable && v.equals("lock")) {
            locked.add(kw);
            v = word(w, ++i);
        }
        switch (kw) {
            case "mtu" -> values[0] = u32(v, 0xFFFF_FFFFL, "Invalid MTU %s specified for route");
            case "advmss" -> values[1] = u32(v, 0xFFFF_FFFFL, "Invalid advmss %s specified for route");
            case "rtt" -> values[2] = rtt(v, 8, "Invalid rtt " + v + " for route");
            case "rttvar" -> values[3] = rtt(v, 4, "Invalid rttvar " + v + " for route");
            case "reordering" -> values[4] = u32(v, 0xFFFF_FFFFL, "Invalid reordering value %s specified for route");
            case "window" -> values[5] = u32(v, 0xFFFF_FFFFL, "Invalid window value %s specified for route");
            case "cwnd" -> values[6] = u32(v, 0xFFFF_FFFFL, "Invalid cwnd value %s specified for route");
            case "ssthresh" -> values[7] = u32(v, 0xFFFF_FFFFL, "Invalid ssthresh value %s specified for route");
            case "rto_min" -> values[8] = rtt(v, 1, "Invalid rto_min value " + v + " specified for route");
            case "initcwnd" -> values[9] = u32(v, 0xFFFF_FFFFL, "Invalid initcwnd value %s specified for route");
            case "initrwnd" -> values[10] = u32(v, 0xFFFF_FFFFL, "Invalid initrwnd value %s specified for route");
            case "hoplimit" -> hoplimit = u32(v, 255, "Invalid hoplimit %s specified for route").intValue();
            case "quickack" -> quickack = u32(v, 1, "Invalid quickack value %s specified for route").intValue();
            case "fastopen_no_cookie" -> fastopenNoCookie =
                    u32(v, 1, "Invalid fastopen_no_cookie value %s specified for route") != 0;
            case "congctl" -> congctl = v;
            case "features" -> {
                if (v.equals("ecn")) {
                    ecn = true;
                } else {
                    ctx.error(line, "feature " + v + " not supported");
                }
            }
            default -> throw new IllegalStateException(kw);
        }
        return i;
    }

    private static String word(List<String> w, int i) {
        return i < w.size() ? w.get(i) : "";
    }

    /** keepalived's {@code get_u32}: an unsigned number up to max, or the message and the line is dropped. */
    Long u32(String v, long max, String errFormat) {
        var n = Numbers.readDecimal(ctx, line.position(), v, 0, max, 0);
        if (n.isEmpty()) {
            ctx.error(line, errFormat.replace("%s", v));
            throw new RouteParser.Drop();
        }
        return n.getAsLong();
    }

    /** keepalived's {@code get_time_rtt}: {@code N} raw, {@code Ns}/{@code Nms}; clamped to [0.2s, 120s]. */
    private Long rtt(String v, int unitMult, String err) {
        String s = v.strip();
        boolean raw = true;
        int shift = 0;
        int p = indexOfAny(s, "sS");
        if (p >= 0) {
            String unit = s.substring(p).toLowerCase();
            if (!unit.equals("s") && !unit.equals("sec") && !unit.equals("secs")) {
                return fail(err);
            }
            raw = false;
            if (p > 0 && Character.toLowerCase(s.charAt(p - 1)) == 'm') {
                p--;
            } else {
                shift = 3;
            }
            if (p == 0) {
                return fail(err);
            }
            s = s.substring(0, p);
        }
        if (indexOfAny(s, "eE") >= 0) {
            return fail(err);
        }
        var n = Numbers.readDecimal(ctx, line.position(), s, 0, RTT_MAX_MS * unitMult, shift);
        if (n.isEmpty()) {
            return fail(err);
        }
        long res = n.getAsLong();
        if (!raw) {
            res *= unitMult;
        }
        return Math.max(RTT_MIN_MS * unitMult, Math.min(res, RTT_MAX_MS * unitMult));
    }

    private Long fail(String err) {
        ctx.error(line, err);
        throw new RouteParser.Drop();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    RouteMetrics result() {
        return new RouteMetrics(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], values[8], values[9], values[10], hoplimit, quickack, fastopenNoCookie, congctl, ecn,
                locked);
    }
}
