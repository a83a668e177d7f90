package org.keepalived4j.check;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * keepalived's text forms of addresses in log lines: {@code [10.0.0.2]:tcp:80} ({@code inet_sockaddrtotrio}),
 * {@code [10.0.0.2]:80} ({@code inet_sockaddrtopair}), IPv6 compressed as {@code inet_ntop} writes it (RFC 5952).
 */
public final class Trio {

    private Trio() {
    }

    /** {@code [addr]:proto:port}; {@code proto} is keepalived's lower-case name ({@code tcp}, {@code udp}, ...). */
    public static String of(InetSocketAddress address, String proto) {
        return "[" + text(address.getAddress()) + "]:" + proto + ":" + address.getPort();
    }

    /** {@code [addr]:port}. */
    public static String pair(InetSocketAddress address) {
        return "[" + text(address.getAddress()) + "]:" + address.getPort();
    }

    /** The address as {@code inet_ntop} writes it: dotted quad, or RFC 5952 compressed IPv6 without scope. */
    public static String text(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        if (isV4Mapped(words)) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    private static boolean isV4Mapped(int[] w) {
        return w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff;
    }
}
