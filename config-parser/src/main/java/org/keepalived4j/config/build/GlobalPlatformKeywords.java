package org.keepalived4j.config.build;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.NetlinkRcvBufs;
import org.keepalived4j.config.model.NetlinkRcvBufs.Channel;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * global_defs keywords for platform integrations keepalived4j reads and checks but does not act on yet (each gives a
 * NOTICE): SNMP ({@code snmp_socket}, {@code enable_traps}, {@code enable_snmp_*}), D-Bus ({@code enable_dbus},
 * {@code dbus_service_name}), nftables ({@code nftables*}, the legacy {@code vrrp_iptables}, {@code vrrp_ipsets})
 * and netlink socket buffers ({@code *_rcv_bufs[_force]}).
 */
final class GlobalPlatformKeywords {

    private static final int PATH_MAX = 4096;
    private static final int NFT_TABLE_MAXNAMELEN = 32;

    private GlobalPlatformKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("snmp_socket", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "SNMP");
            if (n.argCount() > 1) {
                ctx.error(n, "Too many parameters specified for snmp_socket - ignoring");
            } else if (n.argCount() < 1) {
                ctx.error(n, "SNMP error : snmp socket name missing");
            } else if (n.arg(0).length() > PATH_MAX - 1) {
                ctx.error(n, "SNMP error : snmp socket name too long - ignored");
            } else if (b.snmpSocket != null) {
                ctx.error(n, "SNMP socket already set to " + b.snmpSocket + " - ignoring");
            } else {
                b.snmpSocket = n.arg(0);
            }
        });
        t.add("enable_traps", snmp((b) -> b.snmpTraps = true));
        t.add("enable_snmp_vrrp", snmp((b) -> b.snmpVrrp = true));
        t.add("enable_snmp_keepalived", snmp((b) -> b.snmpVrrp = true)); // deprecated v2.0.0, no message
        t.add("enable_snmp_rfc", snmp((b) -> {
            b.snmpRfcV2 = true;
            b.snmpRfcV3 = true;
        }));
        t.add("enable_snmp_rfcv2", snmp((b) -> b.snmpRfcV2 = true));
        t.add("enable_snmp_rfcv3", snmp((b) -> b.snmpRfcV3 = true));
        t.add("enable_snmp_checker", snmp((b) -> b.snmpChecker = true));
        t.add("enable_dbus", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "D-Bus");
            b.enableDbus = true;
        });
        t.add("dbus_service_name", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "D-Bus");
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, "dbus_service_name missing - ignoring");
                return;
            }
            b.dbusServiceName = n.arg(0);
        });
        registerNftables(t);
        registerNetlink(t);
    }

    private interface Flag {
        void set(GlobalDefsBuilder b);
    }

    private static KeywordTable.Handler<GlobalDefsBuilder> snmp(Flag f) {
        return (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "SNMP");
            f.set(b);
        };
    }

    private static void registerNftables(KeywordTable<GlobalDefsBuilder> t) {
        // keepalived 2.2.7 as Debian builds it has nftables and no iptables: vrrp_iptables falls back to nftables.
        t.add("vrrp_iptables", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            ctx.error(n, "iptables not supported, using nftables instead. Please replace 'vrrp_iptables and "
                    + "'vrrp_ipsets' with 'nftables' config option");
            b.nftVrrpTable = "keepalived";
            b.nftVrrpPriority = -1;
        });
        t.supportedLater("vrrp_ipsets", "ipsets");
        t.add("nftables", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            String name = table(b.nftVrrpTable, n, ctx, "nftables", "keepalived");
            if (name != null) {
                b.nftVrrpTable = name;
                b.nftVrrpPriority = -1;
            }
        });
        t.add("nftables_priority", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            OptionalInt v = priority(n, ctx, "invalid nftables chain priority '%s'");
            v.ifPresent(p -> b.nftVrrpPriority = p);
        });
        t.add("nftables_ifindex", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            b.nftVrrpIfindex = true;
        });
        t.add("nftables_ipvs", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            String name = table(b.nftIpvsTable, n, ctx, "ipvs nftables", "keepalived_ipvs");
            if (name != null) {
                b.nftIpvsTable = name;
                b.nftIpvsPriority = -1;
                b.nftIpvsStartFwmark = 1000;
            }
        });
        t.add("nftables_ipvs_priority", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            OptionalInt v = priority(n, ctx, "invalid ipvs nftables chain priority '%s'");
            v.ifPresent(p -> b.nftIpvsPriority = p);
        });
        t.add("nftables_ipvs_start_fwmark", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            String w = GlobalArgs.required(n, 1, ctx);
            if (w == null) {
                return;
            }
            OptionalLong v = GlobalArgs.unsigned(n, w, 1, GlobalArgs.UINT_MAX, ctx);
            if (v.isEmpty()) {
                ctx.report(ConfigErrorKind.INVALID_NUMBER, n, "invalid ipvs nftables start_fwmark priority '" + w + "'");
                return;
            }
            b.nftIpvsStartFwmark = v.getAsLong();
        });
        t.add("nftables_counters", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "firewall rules");
            b.nftCounters = true;
        });
    }

    private static String table(String current, ConfigNode n, BuildContext ctx, String what, String dflt) {
        if (current != null) {
            ctx.error(n, what + " already specified - ignoring");
            return null;
        }
        if (!GlobalArgs.has(n, 1)) {
            return dflt;
        }
        if (n.arg(0).length() >= NFT_TABLE_MAXNAMELEN) {
            ctx.error(n, what + " table name too long - ignoring");
            return null;
        }
        return n.arg(0);
    }

    private static OptionalInt priority(ConfigNode n, BuildContext ctx, String format) {
        String w = GlobalArgs.required(n, 1, ctx);
        if (w == null) {
            return OptionalInt.empty();
        }
        OptionalInt v = Numbers.readInt(ctx, n.position(), w, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (v.isEmpty()) {
            ctx.report(ConfigErrorKind.INVALID_NUMBER, n, String.format(format, w));
        }
        return v;
    }

    private static void registerNetlink(KeywordTable<GlobalDefsBuilder> t) {
        netlink(t, "vrrp_netlink_cmd", Channel.VRRP_CMD);
        netlink(t, "vrrp_netlink_monitor", Channel.VRRP_MONITOR);
        netlink(t, "lvs_netlink_cmd", Channel.LVS_CMD);
        netlink(t, "lvs_netlink_monitor", Channel.LVS_MONITOR);
        netlink(t, "process_monitor", Channel.PROCESS_MONITOR);
    }

    private static void netlink(KeywordTable<GlobalDefsBuilder> t, String type, Channel channel) {
        t.add(type + "_rcv_bufs", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "netlink buffer sizing");
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, type + "_rcv_bufs size missing");
                return;
            }
            OptionalLong v = GlobalArgs.unsigned(n, n.arg(0), 0, GlobalArgs.UINT_MAX, ctx);
            if (v.isEmpty()) {
                ctx.error(n, type + "_rcv_bufs size (" + n.arg(0) + ") invalid");
                return;
            }
            if (v.getAsLong() != 0) {
                NetlinkRcvBufs old = b.netlinkRcvBufs.get(channel);
                b.netlinkRcvBufs.put(channel, new NetlinkRcvBufs(v.getAsLong(), old != null && old.force()));
            }
        });
        t.add(type + "_rcv_bufs_force", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "netlink buffer sizing");
            Boolean force = GlobalArgs.globalBool(n, ctx);
            if (force != null) {
                NetlinkRcvBufs old = b.netlinkRcvBufs.get(channel);
                b.netlinkRcvBufs.put(channel, new NetlinkRcvBufs(old != null ? old.sizeBytes() : 0, force));
            }
        });
    }
}
