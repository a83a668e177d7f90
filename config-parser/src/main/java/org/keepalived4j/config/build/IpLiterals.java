package org.keepalived4j.config.build;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Address literals read as C's {@code inet_pton} reads them: IPv4 only as four decimal octets (no {@code 10.1},
 * no leading zeros), IPv6 in the RFC 4291 §2.2 forms, no zone id. Nothing is ever resolved through DNS.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** An IPv4 or IPv6 literal (IPv6 when it contains ':'), or null if invalid. */
    static InetAddress parse(String s) {
        return s.indexOf(':') >= 0 ? parse6(s) : parse4(s);
    }

    /** A dotted-quad IPv4 literal, or null. */
    static InetAddress parse4(String s) {
        byte[] b = new byte[4];
        int part = 0;
        int val = -1;
        int digits = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (digits > 0 && val == 0) {
                    return null; // leading zero
                }
                val = (val < 0 ? 0 : val * 10) + (c - '0');
                digits++;
                if (val > 255) {
                    return null;
                }
            } else if (c == '.') {
                if (digits == 0 || part == 4) {
                    return null;
                }
                b[part++] = (byte) val;
                val = -1;
                digits = 0;
            } else {
                return null;
            }
        }
        return part == 4 ? byAddress(b) : null;
    }

    /** An IPv6 literal, or null. */
    static InetAddress parse6(String s) {
        if (s.isEmpty() || s.indexOf('%') >= 0 || s.indexOf('[') >= 0 || s.indexOf('/') >= 0) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                    || (c >= 'A' && c <= 'F');
            if (!ok) {
                return null;
            }
        }
        int dot = s.indexOf('.');
        if (dot >= 0) {
            int lastColon = s.lastIndexOf(':');
            if (lastColon < 0 || lastColon > dot || parse4(s.substring(lastColon + 1)) == null) {
                return null;
            }
        }
        try {
            InetAddress a = Inet6Address.ofLiteral(s);
            return a instanceof Inet6Address ? a : ipv4Mapped(a);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The JDK turns ::ffff:a.b.c.d into an Inet4Address; inet_pton keeps it IPv6. */
    private static InetAddress ipv4Mapped(InetAddress v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, b, 12, 4);
        try {
            return Inet6Address.getByAddress(null, b, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** The zero address of a family ({@code default} routes). */
    static InetAddress any(boolean ipv6) {
        return byAddress(new byte[ipv6 ? 16 : 4]);
    }

    static InetAddress byAddress(byte[] b) {
        try {
            return b.length == 16 ? Inet6Address.getByAddress(null, b, -1) : InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
