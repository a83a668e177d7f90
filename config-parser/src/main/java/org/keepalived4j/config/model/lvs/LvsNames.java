package org.keepalived4j.config.model.lvs;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * keepalived's textual forms of LVS objects, for messages and logs that operators grep: addresses as
 * {@code inet_ntop} prints them (compressed IPv6), {@code [addr]:proto:port} and {@code FWM n}.
 */
public final class LvsNames {

    private LvsNames() {
    }

    /** An address as {@code inet_ntop} prints it: dotted quad, or compressed lower-case IPv6. */
    public static String address(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // IPv4-mapped and IPv4-compatible forms, as glibc prints them (::2 stays ::2, ::1:2 is ::0.1.0.2)
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && (g[5] == 0xffff
                || (g[5] == 0 && g[6] != 0))) {
            String v4 = (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
            return (g[5] == 0xffff ? "::ffff:" : "::") + v4;
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** {@code [addr]:port} ({@code inet_sockaddrtopair}). */
    public static String pair(InetSocketAddress address) {
        return "[" + address(address.getAddress()) + "]:" + address.getPort();
    }

    /** {@code [addr]:proto:port} ({@code inet_sockaddrtotrio}). */
    public static String trio(InetSocketAddress address, Protocol protocol) {
        return "[" + address(address.getAddress()) + "]:" + protocol.lowerName() + ":" + address.getPort();
    }

    /** A virtual server as keepalived's {@code FMT_VS}. */
    public static String virtualServer(VirtualServerKey key, Protocol protocol) {
        return switch (key) {
            case VirtualServerKey.Address a -> trio(a.address(), protocol);
            case VirtualServerKey.Fwmark f -> "FWM " + f.fwmark();
            case VirtualServerKey.Group g -> "[" + g.group().name() + "]:" + g.memberIndex();
        };
    }

    /** True if the address is an IPv6 link-local address (fe80::/10). */
    public static boolean linkLocal(InetAddress address) {
        return address instanceof Inet6Address && address.isLinkLocalAddress();
    }
}
