package org.keepalived4j.config.build;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.vrrp.IpAddressFlag;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Reads address lines ({@code virtual_ipaddress}, {@code virtual_ipaddress_excluded}, {@code static_ipaddress}) as
 * keepalived's {@code alloc_ipaddress}, with its messages. One instance per parse.
 */
final class IpAddressParser {

    private final BuildContext ctx;
    private final VrrpInterfaces interfaces;

    IpAddressParser(BuildContext ctx, VrrpInterfaces interfaces) {
        this.ctx = ctx;
        this.interfaces = interfaces;
    }

    /**
     * keepalived's {@code parse_ipaddress}: {@code ADDR[/LEN]}; reports {@code VRRP parsed invalid IP ...} and
     * returns null when the address is bad.
     */
    IpPrefix parsePrefix(ConfigNode at, String word, boolean allowPrefix) {
        boolean v6 = word.indexOf(':') >= 0;
        int max = v6 ? 128 : 32;
        int len = max;
        String addr = word;
        int slash = allowPrefix ? word.indexOf('/') : -1;
        if (slash >= 0) {
            addr = word.substring(0, slash);
            String p = word.substring(slash + 1);
            var n = Numbers.readUnsigned(ctx, at.position(), p, 0, max);
            if (n.isEmpty()) {
                ctx.error(at, "Invalid address prefix len " + p + " for address " + word + " - using " + max);
            } else {
                len = n.getAsInt();
            }
        }
        InetAddress a = v6 ? IpLiterals.parse6(addr) : IpLiterals.parse4(addr);
        if (a == null) {
            ctx.error(at, "VRRP parsed invalid IP " + word + ". skipping IP...");
            return null;
        }
        return new IpPrefix(a, len);
    }

    /**
     * One address line; null when keepalived drops it. The interface is the {@code dev} given, else (static
     * addresses) {@code defaultInterface}, else null for the instance to fill in.
     *
     * @param isStatic          {@code static_ipaddress} ({@code track_group} allowed, {@code use_vmac} not)
     * @param defaultInterface  for static addresses: {@code default_interface} or eth0
     * @param trackGroupExists  whether a {@code track_group} name is defined
     */
    VirtualIpAddress parse(ConfigNode line, boolean isStatic, String defaultInterface,
                           Predicate<String> trackGroupExists) {
        List<String> w = line.words();
        String addrWord = w.get(0);
        IpPrefix prefix = parsePrefix(line, addrWord, true);
        if (prefix == null) {
            return null;
        }
        boolean v6 = prefix.family() == IpFamily.INET6;
        int prefixLen = prefix.prefixLength();
        String dev = null;
        int scope = 0;
        String label = null;
        InetAddress peer = null;
        InetAddress brd = null;
        int brdMode = 0; // -1 '+', -2 '-'
        boolean haveBroadcast = false;
        Set<IpAddressFlag> flags = EnumSet.noneOf(IpAddressFlag.class);
        boolean noTrack = false;
        Long preferred = null;
        boolean useVmac = false;
        String trackGroup = null;
        int i = 1;
        while (i < w.size()) {
            String s = w.get(i);
            boolean paramAvail = w.size() >= i + 2;
            boolean needsParam = switch (s) {
                case "dev", "scope", "broadcast", "brd", "label", "peer", "preferred_lft" -> true;
                case "track_group" -> isStatic;
                default -> false;
            };
            if (needsParam && !paramAvail) {
                ctx.error(line, "No " + s + " parameter specified for " + addrWord);
                return null;
            }
            switch (s) {
                case "dev" -> {
                    if (dev != null) {
                        ctx.error(line, "Cannot specify ipaddress device more than once for " + addrWord);
                        return null;
                    }
                    String name = w.get(++i);
                    if (!interfaces.lookup(name)) {
                        ctx.error(line, "WARNING - interface " + name + " for ip address " + addrWord
                                + " doesn't exist");
                        return null;
                    }
                    dev = name;
                }
                case "scope" -> {
                    Integer sc = RtNames.scope(w.get(++i));
                    if (sc == null) {
                        ctx.error(line, "Invalid scope '" + w.get(i) + "' specified for " + addrWord + " - ignoring");
                    } else {
                        scope = sc;
                    }
                }
                case "broadcast", "brd" -> {
                    if (v6) {
                        ctx.error(line, "VRRP is trying to assign a broadcast " + s + " to the IPv6 address "
                                + addrWord + " !!?? WTF... skipping VIP...");
                        return null;
                    }
                    haveBroadcast = true;
                    String p = w.get(++i);
                    if (p.equals("-")) {
                        brdMode = -2;
                    } else if (p.equals("+")) {
                        brdMode = -1;
                    } else if ((brd = IpLiterals.parse4(p)) == null) {
                        ctx.error(line, "VRRP is trying to assign invalid broadcast " + p + ". skipping VIP...");
                        return null;
                    }
                }
                case "label" -> {
                    String p = w.get(++i);
                    if (p.length() >= 16) {
                        ctx.error(line, "Address label " + p + " is longer than maximum length 15 - removing address");
                        return null;
                    }
                    label = p;
                }
                case "peer" -> {
                    String p = w.get(++i);
                    if (peer != null) {
                        ctx.error(line, "Peer " + p + " - another peer has already been specified");
                    } else {
                        InetAddress pa = p.indexOf(':') >= 0 ? IpLiterals.parse6(p) : IpLiterals.parse4(p);
                        if (pa == null) {
                            ctx.error(line, "VRRP parsed invalid IP " + p + ". skipping IP...");
                            ctx.error(line, "Invalid peer address " + p);
                        } else if (IpFamily.of(pa) != prefix.family()) {
                            ctx.error(line, "Peer address " + p + " does not match address family");
                        } else {
                            if (prefixLen != prefix.family().maxPrefixLength()) {
                                ctx.error(line, "Cannot specify address prefix when specifying peer address - ignoring");
                            }
                            peer = pa;
                            prefixLen = prefix.family().maxPrefixLength();
                        }
                    }
                }
                case "home" -> flags.add(IpAddressFlag.HOME);
                case "-nodad" -> flags.add(IpAddressFlag.NODAD);
                case "mngtmpaddr" -> flags.add(IpAddressFlag.MANAGETEMPADDR);
                case "noprefixroute" -> flags.add(IpAddressFlag.NOPREFIXROUTE);
                case "autojoin" -> flags.add(IpAddressFlag.AUTOJOIN);
                case "no_track" -> noTrack = true;
                case "preferred_lft" -> {
                    String p = w.get(++i);
                    if (p.equals("forever")) {
                        preferred = VirtualIpAddress.FOREVER;
                    } else {
                        var n = Numbers.readDecimal(ctx, line.position(), p, 0, 0xFFFF_FFFFL, 0);
                        if (n.isPresent()) {
                            preferred = n.getAsLong();
                        } else {
                            ctx.error(line, "preferred_lft " + p + " is invalid");
                        }
                    }
                }
                default -> {
                    if (isStatic && s.equals("track_group")) {
                        String g = w.get(++i);
                        if (trackGroup != null) {
                            ctx.error(line, "track_group " + g + " is a duplicate");
                            i = w.size();
                            continue;
                        }
                        trackGroup = g;
                        if (!trackGroupExists.test(g)) {
                            ctx.error(line, "track_group " + g + " not found");
                            trackGroup = null;
                        }
                    } else if (!isStatic && s.equals("use_vmac")) {
                        useVmac = true;
                    } else {
                        ctx.error(line, "Unknown configuration entry '" + s + "' for ip address - ignoring");
                    }
                }
            }
            i++;
        }
        if (haveBroadcast && peer != null) {
            ctx.error(line, "Cannot specify broadcast and peer addresses - ignoring broadcast address");
            brd = null;
        } else if (brdMode < 0 && prefixLen <= 30) {
            brd = computeBroadcast(peer != null ? peer : prefix.address(), prefixLen, brdMode == -1);
        } else if (brdMode < 0) {
            ctx.error(line, "Address prefix length " + prefixLen + " too long for broadcast");
        }
        if (isStatic && dev == null) {
            dev = defaultInterface;
            if (!interfaces.lookup(dev)) {
                ctx.report(ConfigErrorKind.FATAL, line, "Static address " + addrWord
                        + " requires either an interface or default interface must exist");
                return null;
            }
        }
        if (v6) {
            if (scope != 0) {
                ctx.error(line, "Cannot specify scope for IPv6 addresses (" + addrWord + ") - ignoring scope");
                scope = 0;
            }
            if (label != null) {
                ctx.error(line, "Cannot specify label for IPv6 addresses (" + addrWord + ") - ignoring label");
                label = null;
            }
            if (preferred == null) {
                preferred = prefixLen == 128 ? 0L : VirtualIpAddress.FOREVER;
            }
        }
        if (trackGroup != null && dev == null) {
            ctx.error(line, "Static route cannot have track_group if interface not specified");
            trackGroup = null;
        }
        return new VirtualIpAddress(new IpPrefix(prefix.address(), prefixLen), dev, dev != null && !isStaticDefault(
                isStatic, line, dev), brd, peer, scope, label, flags, noTrack, preferred, useVmac, trackGroup,
                line.position());
    }

    private static boolean isStaticDefault(boolean isStatic, ConfigNode line, String dev) {
        return isStatic && !line.words().contains("dev");
    }

    private static InetAddress computeBroadcast(InetAddress base, int prefixLen, boolean plus) {
        byte[] b = base.getAddress();
        if (!(base instanceof Inet4Address)) {
            return null;
        }
        int v = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        int mask = prefixLen == 0 ? -1 : (int) (0xFFFF_FFFFL >>> prefixLen);
        v = plus ? v | mask : v & ~mask;
        return IpLiterals.byAddress(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }
}
