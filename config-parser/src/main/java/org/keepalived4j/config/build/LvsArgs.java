package org.keepalived4j.config.build;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Reading the words of LVS statements as keepalived's handlers read them: a missing word is keepalived's fatal
 * {@code missing a parameter} message, addresses go through {@code inet_stosockaddr}'s rules (family by the presence
 * of a colon, any {@code -range} or {@code /mask} suffix cut off, port 1-65535).
 */
final class LvsArgs {

    private LvsArgs() {
    }

    /**
     * Word {@code index} of the statement (1 is the first word after the keyword), or {@code null} after reporting
     * keepalived's message for a missing parameter (keepalived stops reading the config there).
     */
    static String word(ConfigNode node, int index, BuildContext ctx) {
        if (index <= node.argCount()) {
            return node.arg(index - 1);
        }
        String prev = index - 1 == 0 ? node.keyword() : index - 1 <= node.argCount() ? node.arg(index - 2) : null;
        if (prev != null) {
            ctx.report(ConfigErrorKind.MISSING_PARAMETER, node, "*** Configuration line starting `" + node.keyword()
                    + "` is missing a parameter after keyword `" + prev + "` at word position " + (index + 1));
        } else {
            ctx.report(ConfigErrorKind.MISSING_PARAMETER, node, "*** Configuration line starting `" + node.keyword()
                    + "` is missing a parameter at word position " + (index + 1));
        }
        return null;
    }

    /** A string as C's printf prints it with {@code %s}: {@code (null)} for null. */
    static String cstr(String s) {
        return s == null ? "(null)" : s;
    }

    /** Word {@code index} or {@code null}, without a message. */
    static String optWord(ConfigNode node, int index) {
        return index <= node.argCount() ? node.arg(index - 1) : null;
    }

    /** keepalived's {@code read_unsigned_strvec}: the number, or empty after its message. */
    static OptionalInt unsigned(ConfigNode node, int index, long min, long max, BuildContext ctx) {
        String w = word(node, index, ctx);
        return w == null ? OptionalInt.empty() : Numbers.readUnsigned(ctx, node.position(), w, min, max);
    }

    /** As {@link #unsigned} for the whole unsigned 32-bit range. */
    static OptionalLong unsignedLong(ConfigNode node, int index, long min, long max, BuildContext ctx) {
        OptionalInt v = unsigned(node, index, min, max, ctx);
        return v.isPresent() ? OptionalLong.of(Integer.toUnsignedLong(v.getAsInt())) : OptionalLong.empty();
    }

    /** keepalived's {@code read_timer}: micro-seconds, or empty after its message; max 0 means no limit. */
    static OptionalLong timerUs(ConfigNode node, int index, long minUs, long maxUs, BuildContext ctx) {
        String w = word(node, index, ctx);
        return w == null ? OptionalLong.empty() : Numbers.readTimerUs(ctx, node.position(), w, minUs, maxUs);
    }

    /**
     * An optional true/false word after a flag keyword ({@code alpha}, {@code inhibit_on_failure [true|false]}):
     * true without a word, or null after reporting {@code message + word}.
     */
    static Boolean flag(ConfigNode node, BuildContext ctx, String message) {
        if (node.argCount() < 1) {
            return Boolean.TRUE;
        }
        int r = Numbers.trueFalse(node.arg(0));
        if (r < 0) {
            ctx.error(node, message + node.arg(0));
            return null;
        }
        return r == 1;
    }

    /** A numeric IP address ({@code inet_pton} with the family chosen by a colon), or {@code null}. */
    static InetAddress ip(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        return ipv4(text);
    }

    private static InetAddress ipv4(String s) {
        byte[] b = new byte[4];
        int part = 0;
        int i = 0;
        int n = s.length();
        while (true) {
            int start = i;
            int v = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return null;
                }
            }
            int len = i - start;
            if (len == 0 || (len > 1 && s.charAt(start) == '0') || v > 255) {
                return null;
            }
            b[part++] = (byte) v;
            if (part == 4) {
                break;
            }
            if (i >= n || s.charAt(i) != '.') {
                return null;
            }
            i++;
        }
        if (i != n) {
            return null;
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static InetAddress ipv6(String s) {
        if (s.indexOf('%') >= 0 || s.indexOf('[') >= 0) {
            return null;
        }
        try {
            InetAddress a = InetAddress.ofLiteral(s);
            if (a instanceof Inet6Address) {
                return a;
            }
            // an IPv4-mapped literal: keepalived keeps it IPv6
            byte[] v4 = a.getAddress();
            byte[] v6 = new byte[16];
            v6[10] = (byte) 0xff;
            v6[11] = (byte) 0xff;
            System.arraycopy(v4, 0, v6, 12, 4);
            return Inet6Address.getByAddress(null, v6, -1);
        } catch (IllegalArgumentException | UnknownHostException e) {
            return null;
        }
    }

    /**
     * keepalived's {@code inet_stosockaddr(ip, port)}: the address with anything from '-' or '/' on removed, and the
     * port (null or all zeros meaning none, port 0). Returns {@code null} when invalid; number problems in the port
     * were reported, the caller reports the address.
     */
    static InetSocketAddress sockaddr(ConfigNode node, String ip, String port, BuildContext ctx) {
        int p = 0;
        if (port != null && !allZeros(port)) {
            OptionalInt v = Numbers.readUnsigned(ctx, node.position(), port, 1, 65535);
            if (v.isEmpty()) {
                return null;
            }
            p = v.getAsInt();
        }
        InetAddress a = ip(stripRange(ip));
        return a == null ? null : new InetSocketAddress(a, p);
    }

    /** The address part of {@code ip-range} or {@code ip/mask}. */
    static String stripRange(String ip) {
        int cut = ip.indexOf('-');
        if (cut < 0) {
            cut = ip.indexOf('/');
        }
        return cut < 0 ? ip : ip.substring(0, cut);
    }

    /** True if the word is made only of '0's (keepalived treats such a port as absent), or is empty. */
    static boolean allZeros(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** True if the address is IPv4. */
    static boolean isV4(InetAddress a) {
        return a instanceof Inet4Address;
    }
}
