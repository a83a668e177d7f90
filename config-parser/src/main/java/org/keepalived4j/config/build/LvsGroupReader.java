package org.keepalived4j.config.build;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.VsgFwmark;
import org.keepalived4j.config.model.lvs.VsgRange;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * {@code virtual_server_group NAME { ... }} (keepalived's {@code vsg_handler} and {@code alloc_vsg_entry}): each line
 * of the block is an entry, {@code IP[-END|/MASK] [PORT]} or {@code fwmark N [inet|inet6]}.
 */
final class LvsGroupReader {

    private LvsGroupReader() {
    }

    /** Reads the block; returns the group, or {@code null} when keepalived removes it. */
    static LvsDrafts.Group read(ConfigNode node, BuildContext ctx) {
        String name = LvsArgs.word(node, 1, ctx);
        if (name == null) {
            return null;
        }
        if (node.argCount() > 1) {
            // keepalived builds the value block from the words after the name, with no keyword in slot 0
            ctx.error(node, "Block (null) has extra parameters " + node.arg(1) + " ...");
        }
        LvsDrafts.Group g = new LvsDrafts.Group(name, node.position());
        for (ConfigNode entry : node.block()) {
            entry(g, entry, ctx);
            if (entry.hasBlock()) {
                for (ConfigNode inner : entry.block()) {
                    entry(g, inner, ctx);
                }
            }
        }
        if (g.ranges.isEmpty() && g.fwmarks.isEmpty()) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "virtual server group " + name + " has no entries - removing");
            return null;
        }
        if (g.haveIpv4 && g.haveIpv6 && g.fwmarkNoFamily) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(), "virtual server group " + name
                    + " cannot have IPv4, IPv6 and fwmark without family - removing");
            return null;
        }
        return g;
    }

    private static void entry(LvsDrafts.Group g, ConfigNode n, BuildContext ctx) {
        String first = n.keyword();
        if (first.equals("fwmark")) {
            fwmark(g, n, ctx);
            return;
        }
        String port = LvsArgs.optWord(n, 1);
        if (port != null && LvsArgs.allZeros(port)) {
            port = null;
        }
        InetSocketAddress a = LvsArgs.sockaddr(n, first, port, ctx);
        if (a == null) {
            ctx.error(n, "Invalid virtual server group IP address " + first + " "
                    + (port != null ? "/port/" + port : "") + " - skipping");
            return;
        }
        InetAddress start = a.getAddress();
        boolean v4 = start instanceof Inet4Address;
        InetAddress end;
        int slash = first.indexOf('/');
        int dash = first.indexOf('-');
        if (slash >= 0) {
            end = masked(first, start, first.substring(slash + 1), n, ctx);
        } else if (dash >= 0 && first.substring(dash + 1).indexOf(v4 ? '.' : ':') >= 0) {
            InetAddress e = LvsArgs.ip(first.substring(dash + 1));
            if (e == null) {
                ctx.error(n, "Invalid range end " + first + " - skipping");
                return;
            }
            if (e.getClass() != start.getClass()) {
                ctx.error(n, "Range address families do not match " + first + " - skipping");
                return;
            }
            if (number(start).compareTo(number(e)) > 0) {
                ctx.error(n, "Address range end is less than address range start - " + first + " - skipping");
                return;
            }
            end = e;
        } else if (dash >= 0) {
            end = lastPartRange(first, start, first.substring(dash + 1), v4, n, ctx);
        } else {
            end = start;
        }
        if (end == null) {
            return;
        }
        g.ranges.add(new VsgRange(start, end, a.getPort(), n.position()));
        if (v4) {
            g.haveIpv4 = true;
        } else {
            g.haveIpv6 = true;
        }
    }

    private static void fwmark(LvsDrafts.Group g, ConfigNode n, BuildContext ctx) {
        OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, LvsVirtualServerTable.UINT_MAX, ctx);
        if (v.isEmpty()) {
            if (n.argCount() >= 1) {
                ctx.error(n, "(" + g.name + "): fwmark '" + n.arg(0) + "' must be in [0, "
                        + LvsVirtualServerTable.UINT_MAX + "] - ignoring");
            }
            return;
        }
        AddressFamily af = null;
        if (n.argCount() >= 2) {
            switch (n.arg(1)) {
                case "inet" -> {
                    af = AddressFamily.INET;
                    g.haveIpv4 = true;
                }
                case "inet6" -> {
                    af = AddressFamily.INET6;
                    g.haveIpv6 = true;
                }
                default -> {
                    ctx.error(n, "(" + g.name + "): fwmark '" + v.getAsLong() + "' family " + n.arg(1)
                            + " unknown - ignoring");
                    return;
                }
            }
        } else {
            g.fwmarkNoFamily = true;
        }
        g.fwmarks.add(new VsgFwmark(v.getAsLong(), af, n.position()));
    }

    /** {@code IP/MASK}: the host bits must be clear; the range is the whole prefix. */
    private static InetAddress masked(String text, InetAddress start, String maskText, ConfigNode n,
                                      BuildContext ctx) {
        int bits = start.getAddress().length * 8;
        int mask;
        try {
            mask = maskText.chars().allMatch(Character::isDigit) && !maskText.isEmpty()
                    ? Integer.parseInt(maskText) : -1;
        } catch (NumberFormatException e) {
            mask = -1;
        }
        if (mask <= 0 || mask > bits) {
            ctx.error(n, "Invalid netmask - " + text + " - skipping");
            return null;
        }
        BigInteger hostBits = BigInteger.ONE.shiftLeft(bits - mask).subtract(BigInteger.ONE);
        BigInteger a = number(start);
        if (!a.and(hostBits).equals(BigInteger.ZERO)) {
            ctx.error(n, "Address mask bits not empty - " + text + " - skipping");
            return null;
        }
        return address(a.or(hostBits), bits / 8);
    }

    /** {@code 10.0.0.1-10} (last octet) or {@code 2001::1-ff} (last 16-bit group, hex). */
    private static InetAddress lastPartRange(String text, InetAddress start, String endText, boolean v4,
                                             ConfigNode n, BuildContext ctx) {
        long range;
        int radix = v4 ? 10 : 16;
        int k = 0;
        while (k < endText.length() && Character.digit(endText.charAt(k), radix) >= 0) {
            k++;
        }
        try {
            range = k == 0 ? 0 : Long.parseLong(endText.substring(0, k), radix);
        } catch (NumberFormatException e) {
            range = Long.MAX_VALUE;
        }
        if (k < endText.length()) {
            // keepalived reports this and, when testing the config, drops the entry
            ctx.report(ConfigErrorKind.INVALID_NUMBER, n, "Virtual server group range '" + text
                    + "' has extra characters at end '" + endText.substring(k) + "'");
            return null;
        }
        if (range > (v4 ? 255 : 0xffff)) {
            ctx.report(ConfigErrorKind.INVALID_NUMBER, n, "Virtual server group range '" + text + "' end '"
                    + endText + "' too large");
            return null;
        }
        byte[] b = start.getAddress();
        int startPart = v4 ? b[3] & 0xff : (b[14] & 0xff) << 8 | (b[15] & 0xff);
        if (startPart >= range) {
            ctx.error(n, "Address range end is not greater than address range start - " + text + " - skipping");
            return null;
        }
        if (v4) {
            b[3] = (byte) range;
        } else {
            b[14] = (byte) (range >> 8);
            b[15] = (byte) range;
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static BigInteger number(InetAddress a) {
        return new BigInteger(1, a.getAddress());
    }

    private static InetAddress address(BigInteger v, int len) {
        byte[] raw = v.toByteArray();
        byte[] b = new byte[len];
        int copy = Math.min(len, raw.length);
        System.arraycopy(raw, raw.length - copy, b, len - copy, copy);
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
