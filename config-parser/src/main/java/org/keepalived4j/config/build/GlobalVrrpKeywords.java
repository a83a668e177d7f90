package org.keepalived4j.config.build;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.DynamicInterfaces;
import org.keepalived4j.config.model.GarpExtraIf;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * global_defs keywords of the VRRP side: {@code vrrp_mcast_group4/6}, the {@code vrrp_garp_*} family,
 * {@code vrrp_gna_interval}, {@code vrrp_min_garp}, {@code vrrp_version}, {@code vrrp_strict}, {@code vrrp_startup_delay},
 * {@code default_interface}, {@code dynamic_interfaces}, {@code vmac_*prefix}, {@code max_auto_priority}...
 */
final class GlobalVrrpKeywords {

    /** keepalived's {@code sched_get_priority_max(SCHED_RR)} on Linux. */
    static final int SCHED_RR_MAX = 99;

    private static final String IGMP_LINK_LOCAL = "/proc/sys/net/ipv4/igmp_link_local_mcast_reports";
    private static final long MAX_SECONDS = GlobalArgs.UINT_MAX / GlobalArgs.TIMER_HZ;

    private GlobalVrrpKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("default_interface", (b, n, ctx) -> {
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, "default_interface requires interface name");
                return;
            }
            b.defaultInterface = n.arg(0);
        });
        t.add("dynamic_interfaces", (b, n, ctx) -> {
            b.dynamicInterfaces = b.dynamicInterfaces == DynamicInterfaces.OFF ? DynamicInterfaces.ON
                    : b.dynamicInterfaces;
            if (GlobalArgs.has(n, 1)) {
                if (n.arg(0).equals("allow_if_changes")) {
                    b.dynamicInterfaces = DynamicInterfaces.ALLOW_IF_CHANGES;
                } else {
                    ctx.error(n, "Unknown dynamic_interfaces option '" + n.arg(0) + "'");
                }
            }
        });
        t.add("disable_local_igmp", (b, n, ctx) -> {
            if (!ctx.options().host().writable(IGMP_LINK_LOCAL)) {
                ctx.error(n, "kernel does not support " + IGMP_LINK_LOCAL);
                return;
            }
            b.disableLocalIgmp = true;
        });
        t.add("vrrp_mcast_group4", (b, n, ctx) -> {
            InetAddress a = mcastGroup(n, ctx, false);
            if (a != null) {
                b.vrrpMcastGroup4 = a;
            }
        });
        t.add("vrrp_mcast_group6", (b, n, ctx) -> {
            InetAddress a = mcastGroup(n, ctx, true);
            if (a != null) {
                b.vrrpMcastGroup6 = a;
            }
        });
        t.add("vrrp_garp_master_delay", (b, n, ctx) -> {
            OptionalLong v = unsignedOr(n, ctx, MAX_SECONDS, "vrrp_garp_master_delay '%s' invalid - ignoring");
            v.ifPresent(s -> b.vrrpGarpMasterDelay = GlobalArgs.seconds(s));
        });
        t.add("vrrp_garp_master_repeat", (b, n, ctx) -> {
            OptionalLong v = atLeastOne(n, ctx, "vrrp_garp_master_repeat");
            v.ifPresent(r -> b.vrrpGarpMasterRepeat = (int) r);
        });
        t.add("vrrp_garp_master_refresh", (b, n, ctx) -> {
            OptionalLong v = unsignedOr(n, ctx, GlobalArgs.UINT_MAX, "Invalid vrrp_garp_master_refresh '%s' - ignoring");
            if (GlobalArgs.has(n, 1)) {
                b.vrrpGarpMasterRefresh = GlobalArgs.seconds(v.orElse(0));
            }
        });
        t.add("vrrp_garp_master_refresh_repeat", (b, n, ctx) -> {
            OptionalLong v = atLeastOne(n, ctx, "vrrp_garp_master_refresh_repeat");
            v.ifPresent(r -> b.vrrpGarpMasterRefreshRepeat = (int) r);
        });
        t.add("vrrp_garp_lower_prio_delay", (b, n, ctx) -> {
            OptionalLong v = unsignedOr(n, ctx, MAX_SECONDS, "vrrp_garp_lower_prio_delay '%s' invalid - ignoring");
            v.ifPresent(s -> b.vrrpGarpLowerPrioDelay = GlobalArgs.seconds(s));
        });
        t.add("vrrp_garp_lower_prio_repeat", (b, n, ctx) -> {
            OptionalLong v = unsignedOr(n, ctx, Integer.MAX_VALUE, "Invalid vrrp_garp_lower_prio_repeat '%s'");
            v.ifPresent(r -> b.vrrpGarpLowerPrioRepeat = (int) r);
        });
        t.add("vrrp_down_timer_adverts", (b, n, ctx) -> {
            String w = GlobalArgs.required(n, 1, ctx);
            if (w == null) {
                return;
            }
            OptionalLong v = GlobalArgs.unsigned(n, w, 1, 100, ctx);
            if (v.isEmpty()) {
                ctx.error(n, "Invalid vrrp_down_timer_adverts [1:100] '" + w + "'");
                return;
            }
            b.vrrpDownTimerAdverts = (int) v.getAsLong();
        });
        t.add("vrrp_garp_interval", (b, n, ctx) -> {
            Duration d = interval(n, ctx, 1, b.vrrpGarpInterval, Duration.ofSeconds(1));
            if (d != null) {
                b.vrrpGarpInterval = d;
            }
        });
        t.add("vrrp_gna_interval", (b, n, ctx) -> {
            Duration d = interval(n, ctx, 1, b.vrrpGnaInterval, Duration.ofSeconds(1));
            if (d != null) {
                b.vrrpGnaInterval = d;
            }
        });
        t.add("vrrp_startup_delay", (b, n, ctx) -> {
            Duration d = interval(n, ctx, GlobalArgs.TIMER_HZ / 1000, b.vrrpStartupDelay, Duration.ofSeconds(60));
            if (d != null) {
                b.vrrpStartupDelay = d;
            }
        });
        t.add("vrrp_min_garp", GlobalVrrpKeywords::minGarp);
        t.add("vrrp_garp_extra_if", GlobalVrrpKeywords::garpExtraIf);
        t.add("vrrp_vmac_garp_intvl", (b, n, ctx) -> {
            ctx.report(ConfigErrorKind.DEPRECATED, n,
                    "Keyword \"vrrp_vmac_garp_intvl\" is deprecated - please use \"vrrp_garp_extra_if\"");
            garpExtraIf(b, n, ctx);
        });
        t.add("vrrp_lower_prio_no_advert", (b, n, ctx) -> {
            Boolean v = GlobalArgs.optionalTrue(n, ctx, "Invalid value for vrrp_lower_prio_no_advert specified");
            if (v != null) {
                b.vrrpLowerPrioNoAdvert = v;
            }
        });
        t.add("vrrp_higher_prio_send_advert", (b, n, ctx) -> {
            Boolean v = GlobalArgs.optionalTrue(n, ctx, "Invalid value for vrrp_higher_prio_send_advert specified");
            if (v != null) {
                b.vrrpHigherPrioSendAdvert = v;
            }
        });
        t.add("vrrp_version", (b, n, ctx) -> {
            OptionalInt v = GlobalArgs.signed(n, 1, 2, 3, ctx);
            if (v.isEmpty()) {
                if (GlobalArgs.has(n, 1)) {
                    ctx.error(n, "VRRP Error: Version must be either 2 or 3");
                }
                return;
            }
            b.vrrpVersion = v.getAsInt();
        });
        t.add("vrrp_check_unicast_src", (b, n, ctx) -> b.vrrpCheckUnicastSrc = true);
        t.add("vrrp_skip_check_adv_addr", (b, n, ctx) -> b.vrrpSkipCheckAdvAddr = true);
        t.add("vrrp_strict", (b, n, ctx) -> b.vrrpStrict = true);
        t.add("log_unknown_vrids", (b, n, ctx) -> b.logUnknownVrids = true);
        t.add("vmac_prefix", (b, n, ctx) -> {
            String w = GlobalArgs.required(n, 1, ctx);
            if (w == null) {
                return;
            }
            if (b.vmacPrefix != null) {
                ctx.error(n, "vmac prefix has already been specified - ignoring " + w);
                return;
            }
            b.vmacPrefix = w;
        });
        t.add("vmac_addr_prefix", (b, n, ctx) -> {
            String w = GlobalArgs.required(n, 1, ctx);
            if (w == null) {
                return;
            }
            if (b.vmacAddrPrefix != null) {
                ctx.error(n, "vmac_addr prefix has already been specified - ignoring " + w);
                return;
            }
            b.vmacAddrPrefix = w;
        });
        t.add("max_auto_priority", (b, n, ctx) -> {
            if (!GlobalArgs.has(n, 1)) {
                b.maxAutoPriority = SCHED_RR_MAX;
                return;
            }
            OptionalInt v = Numbers.readInt(ctx, n.position(), n.arg(0), -1, SCHED_RR_MAX);
            if (v.isEmpty()) {
                ctx.error(n, "max_auto_priority '" + n.arg(0) + "' must be in [0, " + SCHED_RR_MAX
                        + "] (or -1 to disable) - ignoring");
                return;
            }
            b.maxAutoPriority = v.getAsInt();
        });
        t.add("min_auto_priority_delay", (b, n, ctx) -> {
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, "min_auto_priority_delay requires delay time");
                return;
            }
            OptionalInt v = Numbers.readInt(ctx, n.position(), n.arg(0), 1, 10_000_000);
            if (v.isEmpty()) {
                ctx.error(n, "min_auto_priority_delay '" + n.arg(0) + "' must be in [1, 10000000] - ignoring");
                return;
            }
            b.minAutoPriorityDelay = GlobalArgs.micros(v.getAsInt());
        });
        GlobalVrrpRxBufs.register(t);
    }

    /** read_unsigned [0, max] of word 1 (which must be there); {@code format} gets the word when invalid. */
    private static OptionalLong unsignedOr(ConfigNode n, BuildContext ctx, long max, String format) {
        String w = GlobalArgs.required(n, 1, ctx);
        if (w == null) {
            return OptionalLong.empty();
        }
        OptionalLong v = GlobalArgs.unsigned(n, w, 0, max, ctx);
        if (v.isEmpty()) {
            ctx.error(n, String.format(format, w));
        }
        return v;
    }

    /** A repeat count: [0, UINT_MAX], where 0 becomes 1 with keepalived's complaint. */
    private static OptionalLong atLeastOne(ConfigNode n, BuildContext ctx, String keyword) {
        OptionalLong v = unsignedOr(n, ctx, GlobalArgs.UINT_MAX, keyword + " '%s' invalid - ignoring");
        if (v.isPresent() && v.getAsLong() == 0) {
            ctx.error(n, keyword + " must be greater than 0, setting to 1");
            return OptionalLong.of(1);
        }
        return v;
    }

    /** A decimal number of seconds in [minUs, UINT_MAX us]; a value at or above {@code large} is noted. */
    private static Duration interval(ConfigNode n, BuildContext ctx, long minUs, Duration current, Duration large) {
        String w = GlobalArgs.required(n, 1, ctx);
        if (w == null) {
            return null;
        }
        OptionalLong v = Numbers.readDecimal(ctx, n.position(), w, minUs, GlobalArgs.UINT_MAX, Numbers.TIMER_DIGITS);
        Duration result = null;
        if (v.isEmpty()) {
            ctx.error(n, n.keyword() + " '" + w + "' is invalid");
        } else {
            result = GlobalArgs.micros(v.getAsLong());
        }
        Duration effective = result != null ? result : current;
        if (effective.compareTo(large) >= 0) {
            GlobalArgs.info(n, ctx, "The " + n.keyword() + " is very large - " + w + " seconds");
        }
        return result;
    }

    /** {@code vrrp_mcast_group4|6 ADDRESS}. */
    private static InetAddress mcastGroup(ConfigNode n, BuildContext ctx, boolean v6) {
        String w = GlobalArgs.required(n, 1, ctx);
        if (w == null) {
            return null;
        }
        String k = n.keyword();
        int cut = w.indexOf('-') >= 0 ? w.indexOf('-') : w.indexOf('/');
        InetAddress a = IpLiterals.parse(cut >= 0 ? w.substring(0, cut) : w);
        if (a == null) {
            ctx.error(n, "Can't parse " + k + " [" + w + "]. Skipping");
            return null;
        }
        if (v6 ? !(a instanceof Inet6Address) : !(a instanceof Inet4Address)) {
            ctx.error(n, k + " [" + w + "] is not " + (v6 ? "IPv6" : "IPv4") + ". Skipping");
            return null;
        }
        if (!a.isMulticastAddress()) {
            ctx.error(n, k + " [" + w + "] is not multicast. Skipping");
            return null;
        }
        if (v6 && !a.isMCLinkLocal()) {
            ctx.warn(n, k + " [" + w + "] should be link-local multicast.");
        }
        return a;
    }

    /** {@code vrrp_min_garp [BOOL]}: one GARP, no repeats, unless those were set already. */
    private static void minGarp(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        Boolean v = GlobalArgs.optionalTrue(n, ctx, "Invalid value for vrrp_min_garp specified");
        if (v == null || !v) {
            return;
        }
        if (b.vrrpGarpMasterRepeat == 5) {
            b.vrrpGarpMasterRepeat = 1;
        }
        // keepalived sets the refresh repeat to 0 here even though its own keyword insists on at least 1.
        if (b.vrrpGarpMasterRefreshRepeat == 1) {
            b.vrrpGarpMasterRefreshRepeat = 0;
        }
        if (b.vrrpGarpMasterDelay.equals(Duration.ofSeconds(5))) {
            b.vrrpGarpMasterDelay = Duration.ZERO;
        }
    }

    /** {@code vrrp_garp_extra_if [all] SECONDS}. */
    private static void garpExtraIf(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        long delay = 0;
        boolean all = b.vrrpGarpExtraIf != null && b.vrrpGarpExtraIf.allInterfaces();
        for (int i = 1; i <= n.argCount(); i++) {
            String w = n.arg(i - 1);
            if (w.equals("all")) {
                all = true;
                continue;
            }
            OptionalLong v = GlobalArgs.unsigned(n, w, 1, 86400, ctx);
            if (v.isEmpty()) {
                ctx.error(n, n.keyword() + " '" + w + "' invalid - ignoring");
                return;
            }
            delay = v.getAsLong();
        }
        if (delay == 0) {
            ctx.error(n, n.keyword() + " specified without time - ignoring");
            return;
        }
        b.vrrpGarpExtraIf = new GarpExtraIf(GlobalArgs.seconds(delay), all);
    }
}
