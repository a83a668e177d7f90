package org.keepalived4j.config.build;

import java.util.Map;

/**
 * The names {@code ip route} / {@code ip rule} accept for tables, scopes, protocols and route types, as keepalived's
 * {@code rttables.c} knows them by default (keepalived also reads /etc/iproute2/rt_*; keepalived4j knows only the
 * built-in names), plus numbers in C's {@code strtoul(..., 0)} syntax (decimal, 0x hex, 0 octal).
 */
final class RtNames {

    private static final Map<String, Long> TABLES = Map.of("default", 253L, "main", 254L, "local", 255L);
    private static final Map<String, Long> SCOPES = Map.of("global", 0L, "nowhere", 255L, "host", 254L,
            "link", 253L, "site", 200L);
    private static final Map<String, Long> PROTOS = Map.ofEntries(Map.entry("none", 0L), Map.entry("redirect", 1L),
            Map.entry("kernel", 2L), Map.entry("boot", 3L), Map.entry("static", 4L), Map.entry("gated", 8L),
            Map.entry("ra", 9L), Map.entry("mrt", 10L), Map.entry("zebra", 11L), Map.entry("bird", 12L),
            Map.entry("babel", 42L), Map.entry("dnrouted", 13L), Map.entry("xorp", 14L), Map.entry("ntk", 15L),
            Map.entry("dhcp", 16L));
    private static final Map<String, Integer> RTN_TYPES = Map.ofEntries(Map.entry("local", 2),
            Map.entry("nat", 10), Map.entry("broadcast", 3), Map.entry("brd", 3), Map.entry("anycast", 4),
            Map.entry("multicast", 5), Map.entry("prohibit", 8), Map.entry("unreachable", 7),
            Map.entry("blackhole", 6), Map.entry("xresolve", 11), Map.entry("unicast", 1), Map.entry("throw", 9));

    private RtNames() {
    }

    /** C's {@code strtoul(s, &end, 0)} requiring the whole string to be a number; null if not. */
    static Long number(String s) {
        String t = s.stripLeading();
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        boolean neg = t.startsWith("-");
        if (neg || t.isEmpty()) {
            return null;
        }
        int radix = 10;
        if (t.length() > 1 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            radix = 16;
            t = t.substring(2);
        } else if (t.length() > 1 && t.charAt(0) == '0') {
            radix = 8;
            t = t.substring(1);
        }
        if (t.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(t, radix);
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long find(String name, Map<String, Long> names, long max) {
        Long n = number(name);
        if (n != null) {
            return n <= max ? n : null;
        }
        return names.get(name);
    }

    /** A routing table ({@code main}, {@code local}, {@code default} or 0..2^32-1), or null. */
    static Long table(String name) {
        return find(name, TABLES, 0xFFFF_FFFFL);
    }

    /** A scope ({@code global}, {@code site}, {@code link}, {@code host}, {@code nowhere} or 0..255), or null. */
    static Integer scope(String name) {
        Long v = find(name, SCOPES, 255);
        return v == null ? null : v.intValue();
    }

    /** A route protocol name or number 0..255, or null. */
    static Integer protocol(String name) {
        Long v = find(name, PROTOS, 255);
        return v == null ? null : v.intValue();
    }

    /** A DS field / TOS (numbers only: keepalived has no built-in names), or null. */
    static Integer dsfield(String name) {
        Long v = number(name);
        return v == null || v > 255 ? null : v.intValue();
    }

    /** A realm number 0..255, or null (no built-in names). */
    static Long realm(String name) {
        Long v = number(name);
        return v == null || v > 255 ? null : v;
    }

    /** {@code FROM/TO} or {@code TO} realms as one 32-bit value, or null. */
    static Integer realms(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            Long v = realm(s);
            return v == null ? null : v.intValue();
        }
        Long from = realm(s.substring(0, slash));
        Long to = realm(s.substring(slash + 1));
        return from == null || to == null ? null : (int) ((from << 16) | to);
    }

    /** A route type name or number 0..255 ({@code find_rttables_rtntype}), or null. */
    static Integer routeType(String s) {
        Integer t = RTN_TYPES.get(s);
        if (t != null) {
            return t;
        }
        if (s.startsWith("-")) {
            return null;
        }
        Long v = number(s);
        return v == null || v > 255 ? null : v.intValue();
    }
}
