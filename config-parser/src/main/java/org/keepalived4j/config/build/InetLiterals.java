package org.keepalived4j.config.build;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Address literals read as keepalived reads them ({@code inet_pton}): IPv4 strictly as four decimal parts, IPv6 in
 * any RFC 4291 text form, never a host name and never a DNS look-up.
 */
final class InetLiterals {

    private InetLiterals() {
    }

    /** The address, or {@code null} if {@code text} is not a literal of the family its form implies. */
    static InetAddress parse(String text) {
        return text.indexOf(':') >= 0 ? parse6(text) : parse4(text);
    }

    /** A dotted-quad IPv4 literal, or {@code null}. */
    static Inet4Address parse4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + c - '0';
            }
            if (v > 255) {
                return null;
            }
            b[i] = (byte) v;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    /** An IPv6 literal without brackets or scope, or {@code null}. */
    static Inet6Address parse6(String text) {
        if (text.indexOf('%') >= 0 || text.indexOf('[') >= 0) {
            return null;
        }
        try {
            InetAddress a = InetAddress.ofLiteral(text);
            // ofLiteral turns an IPv4-mapped literal into an Inet4Address; inet_pton(AF_INET6) keeps it IPv6.
            return a instanceof Inet6Address a6 ? a6 : mapped(a);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Inet6Address mapped(InetAddress v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, b, 12, 4);
        try {
            return Inet6Address.getByAddress(null, b, -1);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
