package org.keepalived4j.config.build;

import java.util.List;
import java.util.function.Predicate;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.model.vrrp.RuleAction;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Reads a {@code virtual_rules} / {@code static_rules} line as keepalived's {@code alloc_rule} ({@code vrrp_iprule.c}),
 * with its messages. A rule without a preference gets the next of 16384, 16383, ... (one counter per family, per
 * parse), with keepalived's warning.
 */
final class RuleParser {

    private static final long RULE_START_PRIORITY = 16384;

    private final BuildContext ctx;
    private final VrrpInterfaces interfaces;
    private final IpAddressParser addresses;
    private long nextPriority4 = RULE_START_PRIORITY;
    private long nextPriority6 = RULE_START_PRIORITY;

    RuleParser(BuildContext ctx, VrrpInterfaces interfaces, IpAddressParser addresses) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        this.addresses = addresses;
    }

    /** One rule line; null when keepalived drops it. */
    VirtualRule parse(ConfigNode line, boolean allowTrackGroup, Predicate<String> trackGroupExists) {
        try {
            return read(line, allowTrackGroup, trackGroupExists);
        } catch (RouteParser.Drop d) {
            return null;
        }
    }

    private RouteParser.Drop drop(ConfigNode line, String msg) {
        ctx.error(line, msg);
        return new RouteParser.Drop();
    }

    private VirtualRule read(ConfigNode line, boolean allowTrackGroup, Predicate<String> trackGroupExists) {
        List<String> w = line.words();
        IpFamily family = null;
        IpPrefix from = null;
        IpPrefix to = null;
        boolean invert = false;
        RuleAction action = null;
        long table = 0;
        Long gotoTarget = null;
        Long preference = null;
        Integer tos = null;
        Long fwmark = null;
        Long fwmask = null;
        Integer realms = null;
        Integer supPl = null;
        Long supGroup = null;
        String iif = null;
        String oif = null;
        Long tunnelId = null;
        VirtualRule.Range uid = null;
        boolean l3mdev = false;
        Integer protocol = null;
        Integer ipProto = null;
        VirtualRule.Range sport = null;
        VirtualRule.Range dport = null;
        boolean noTrack = false;
        String trackGroup = null;
        boolean tableOption = false;
        int i = 0;
        while (i < w.size()) {
            String s = w.get(i);
            switch (s) {
                case "inet6", "inet" -> {
                    IpFamily f = s.equals("inet") ? IpFamily.INET : IpFamily.INET6;
                    if (family != null && family != f) {
                        throw drop(line, s + " specified for " + family.display() + " rule");
                    }
                    family = f;
                }
                case "from", "to" -> {
                    String a = word(w, ++i);
                    IpPrefix p = prefix(line, a);
                    if (p == null) {
                        throw drop(line, "Invalid rule " + s + " address " + a);
                    }
                    if (p != ANY_MARK) {
                        if (family == null) {
                            family = p.family();
                        } else if (p.family() != family) {
                            throw drop(line, "rule specification has mixed IPv4 and IPv6");
                        }
                    }
                    if (s.equals("from")) {
                        from = p;
                    } else {
                        to = p;
                    }
                }
                case "table", "lookup" -> {
                    String t = word(w, ++i);
                    Long v = RtNames.table(t);
                    if (v == null) {
                        throw drop(line, "Routing table " + t + " not found for rule");
                    }
                    if (v == 0) {
                        throw drop(line, "Table 0 is not valid");
                    }
                    table = v;
                    if (action != null) {
                        throw drop(line, "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable for rule");
                    }
                    action = RuleAction.TO_TABLE;
                }
                case "not" -> invert = true;
                case "preference", "order", "priority" -> {
                    Long v = RtNames.number(word(w, ++i));
                    if (v == null || v > 0xFFFF_FFFFL) {
                        ctx.report(org.keepalived4j.config.ConfigErrorKind.INVALID_NUMBER, line,
                                "invalid number '" + word(w, i) + "'");
                        throw drop(line, "Invalid rule preference " + s + " specified");
                    }
                    preference = v;
                }
                case "tos", "dsfield" -> {
                    tos = RtNames.dsfield(word(w, ++i));
                    if (tos == null) {
                        throw drop(line, "TOS value " + word(w, i) + " is invalid");
                    }
                }
                case "fwmark" -> {
                    String v = word(w, ++i).stripLeading();
                    int slash = v.indexOf('/');
                    Long mark = RtNames.number(slash < 0 ? v : v.substring(0, slash));
                    Long mask = slash < 0 ? null : RtNames.number(v.substring(slash + 1));
                    if (mark == null || mark > 0xFFFF_FFFFL || (slash >= 0 && (mask == null || mask > 0xFFFF_FFFFL
                            || v.substring(slash + 1).startsWith("-")))) {
                        throw drop(line, "Invalid rule fwmark " + v + " specified");
                    }
                    fwmark = mark;
                    fwmask = mask;
                }
                case "realms" -> {
                    realms = RtNames.realms(word(w, ++i));
                    if (realms == null) {
                        throw drop(line, "invalid realms " + word(w, i) + " for rule");
                    }
                    tableOption = true;
                    if (family == null) {
                        family = IpFamily.INET;
                    } else if (family != IpFamily.INET) {
                        throw drop(line, "realms is only valid for IPv4");
                    }
                }
                case "suppress_prefixlength", "sup_pl" -> {
                    var n = Numbers.readDecimal(ctx, line.position(), word(w, ++i), 0, Integer.MAX_VALUE, 0);
                    if (n.isEmpty()) {
                        throw drop(line, "Invalid suppress_prefixlength " + s + " specified");
                    }
                    supPl = (int) n.getAsLong();
                    tableOption = true;
                }
                case "suppress_ifgroup", "sup_group" -> {
                    Long g = RtNames.number(word(w, ++i));
                    if (g == null || g > Integer.MAX_VALUE) {
                        throw drop(line, "suppress_group " + word(w, i) + " is invalid");
                    }
                    supGroup = g;
                    tableOption = true;
                }
                case "dev", "iif", "oif" -> {
                    String d = word(w, ++i);
                    if (!interfaces.lookup(d)) {
                        throw drop(line, "WARNING - interface " + d + " for rule doesn't exist");
                    }
                    if (s.equals("oif")) {
                        oif = d;
                    } else {
                        iif = d;
                    }
                }
                case "tunnel-id" -> {
                    var n = Numbers.readDecimal(ctx, line.position(), word(w, ++i), 0, Long.MAX_VALUE - 1, 0);
                    if (n.isEmpty()) {
                        throw drop(line, "Invalid tunnel-id " + s + " specified");
                    }
                    tunnelId = n.getAsLong();
                }
                case "uidrange" -> {
                    uid = range(word(w, ++i), false, 0xFFFF_FFFFL);
                    if (uid == null) {
                        throw drop(line, "Invalid uidrange " + s + " specified");
                    }
                }
                case "l3mdev" -> {
                    l3mdev = true;
                    if (action != null) {
                        throw drop(line, "Cannot specify l3mdev with other action");
                    }
                    action = RuleAction.TO_TABLE;
                }
                case "protocol" -> {
                    var n = Numbers.readUnsigned(ctx, line.position(), word(w, ++i), 0, 255);
                    if (n.isEmpty()) {
                        ctx.error(line, "Invalid protocol " + word(w, i));
                    } else {
                        protocol = n.getAsInt();
                    }
                }
                case "ipproto" -> {
                    Integer p = ipProto(word(w, ++i));
                    if (p == null) {
                        ctx.error(line, "Invalid ipproto " + word(w, i));
                    } else {
                        ipProto = p;
                    }
                }
                case "sport", "dport" -> {
                    VirtualRule.Range r = range(word(w, ++i), true, 65535);
                    if (r == null) {
                        ctx.error(line, "invalid " + s + " range " + word(w, i));
                    } else if (s.equals("sport")) {
                        sport = r;
                    } else {
                        dport = r;
                    }
                }
                case "no_track" -> noTrack = true;
                default -> {
                    if (allowTrackGroup && s.equals("track_group")) {
                        String g = word(w, ++i);
                        if (trackGroup != null) {
                            ctx.error(line, "track_group " + g + " is a duplicate");
                            i = w.size();
                            continue;
                        }
                        trackGroup = trackGroupExists.test(g) ? g : null;
                        if (trackGroup == null) {
                            ctx.error(line, "track_group " + g + " not found");
                        }
                    } else {
                        if (s.equals("type")) {
                            s = word(w, ++i);
                        }
                        RuleAction a;
                        if (s.equals("goto")) {
                            var n = Numbers.readDecimal(ctx, line.position(), word(w, ++i), 0, 0xFFFF_FFFFL, 0);
                            if (n.isEmpty()) {
                                throw drop(line, "Invalid target " + s + " specified");
                            }
                            gotoTarget = n.getAsLong();
                            a = RuleAction.GOTO;
                        } else if (s.equals("nop")) {
                            a = RuleAction.NOP;
                        } else {
                            Integer t = RtNames.routeType(s);
                            if (t == null) {
                                throw drop(line, "Unknown rule option " + s);
                            }
                            a = switch (t) {
                                case 6 -> RuleAction.BLACKHOLE;
                                case 7 -> RuleAction.UNREACHABLE;
                                case 8 -> RuleAction.PROHIBIT;
                                default -> throw drop(line, "Invalid rule action " + s);
                            };
                        }
                        if (action != null) {
                            throw drop(line, "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev for rule");
                        }
                        action = a;
                    }
                }
            }
            i++;
        }
        if (action == RuleAction.GOTO) {
            if (preference == null) {
                throw drop(line, "Invalid rule - goto target " + gotoTarget + " specified without preference");
            }
            if (preference >= gotoTarget) {
                throw drop(line, "Invalid rule - preference " + preference + " >= goto target " + gotoTarget);
            }
        }
        if (action == null) {
            throw drop(line, "No action specified for rule - ignoring");
        }
        if (action != RuleAction.TO_TABLE && tableOption) {
            throw drop(line, "suppressor/realm specified for non table action - skipping");
        }
        if (table != 0 && l3mdev) {
            throw drop(line, "table cannot be specified for l3mdev rules");
        }
        if (!noTrack) {
            if (protocol != null && protocol != VirtualRoute.RTPROT_KEEPALIVED) {
                ctx.error(line, "Rule cannot be tracked if protocol is not RTPROT_KEEPALIVED(18), resetting protocol");
            }
            protocol = VirtualRoute.RTPROT_KEEPALIVED;
        }
        if (trackGroup != null && iif == null) {
            ctx.error(line, "Static rule cannot have track_group if dev/iif not specified");
            trackGroup = null;
        }
        IpFamily f = family == null ? IpFamily.INET : family;
        from = anyFor(from, f);
        to = anyFor(to, f);
        if (preference == null) {
            preference = f == IpFamily.INET ? nextPriority4-- : nextPriority6--;
            ctx.error(line, "Rule has no preference specified - setting to " + preference
                    + ". This is probably not what you want.");
        }
        return new VirtualRule(f, from, to, invert, action, table, gotoTarget, preference, tos, fwmark, fwmask,
                realms, supPl, supGroup, iif, oif, tunnelId, uid, l3mdev, protocol, ipProto, sport, dport, noTrack,
                trackGroup, line.position());
    }

    /** {@code default}/{@code any}/{@code all} are a family-less zero prefix, marked by a null address holder. */
    private static final IpPrefix ANY_MARK = new IpPrefix(IpLiterals.any(false), 0);

    private IpPrefix prefix(ConfigNode line, String s) {
        if (s.equals("default") || s.equals("any") || s.equals("all")) {
            return ANY_MARK;
        }
        if (s.equals("default6")) {
            return new IpPrefix(IpLiterals.any(true), 0);
        }
        return addresses.parsePrefix(line, s, true);
    }

    private static IpPrefix anyFor(IpPrefix p, IpFamily f) {
        return p == ANY_MARK ? new IpPrefix(IpLiterals.any(f == IpFamily.INET6), 0) : p;
    }

    private static String word(List<String> w, int i) {
        return i < w.size() ? w.get(i) : "";
    }

    private static VirtualRule.Range range(String s, boolean single, long max) {
        int dash = s.indexOf('-');
        try {
            if (dash < 0) {
                if (!single) {
                    return null;
                }
                long v = Long.parseLong(s);
                return v < 0 || v > max ? null : new VirtualRule.Range(v, v);
            }
            long a = Long.parseLong(s.substring(0, dash));
            long b = Long.parseLong(s.substring(dash + 1));
            return a < 0 || b < 0 || a > max || b > max ? null : new VirtualRule.Range(a, b);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer ipProto(String s) {
        return switch (s) {
            case "icmp" -> 1;
            case "tcp" -> 6;
            case "udp" -> 17;
            case "ipv6-icmp", "icmpv6" -> 58;
            case "sctp" -> 132;
            case "gre" -> 47;
            case "esp" -> 50;
            case "ah" -> 51;
            default -> {
                Long v = RtNames.number(s);
                yield v == null || v > 255 ? null : v.intValue();
            }
        };
    }
}
