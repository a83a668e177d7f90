package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.time.Duration;
import java.util.OptionalLong;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.config.model.LvsSyncDaemon;
import org.keepalived4j.config.tree.ConfigNode;

/** global_defs keywords of the LVS side: {@code lvs_timeouts}, {@code lvs_flush}, {@code lvs_flush_on_stop}, {@code lvs_sync_daemon}. */
final class GlobalLvsKeywords {

    /** keepalived's LVS_MAX_TIMEOUT: 31 days. */
    static final long LVS_MAX_TIMEOUT_SECONDS = 86400L * 31;
    /** IP_VS_IFNAME_MAXLEN. */
    private static final int IP_VS_IFNAME_MAXLEN = 16;

    private GlobalLvsKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("lvs_timeouts", GlobalLvsKeywords::timeouts);
        t.add("lvs_flush", (b, n, ctx) -> b.lvsFlush = true);
        t.add("lvs_flush_on_stop", GlobalLvsKeywords::flushOnStop);
        // Deprecated after v2.1.5; keepalived accepts it without a word.
        t.add("lvs_flush_onstop", GlobalLvsKeywords::flushOnStop);
        t.add("lvs_sync_daemon", GlobalLvsKeywords::syncDaemon);
    }

    private static void flushOnStop(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        if (!GlobalArgs.has(n, 1)) {
            b.lvsFlushOnStop = LvsFlushOnStop.ALL;
        } else if (n.arg(0).equals("VS")) {
            b.lvsFlushOnStop = LvsFlushOnStop.VS;
        } else {
            ctx.error(n, "Unknown lvs_flush_on_stop type " + n.arg(0));
        }
    }

    private static void timeouts(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        if (n.argCount() < 2) {
            ctx.error(n, "lvs_timeouts requires at least one option");
            return;
        }
        for (int i = 1; i <= n.argCount(); i++) {
            String w = n.arg(i - 1);
            if (!w.equals("tcp") && !w.equals("tcpfin") && !w.equals("udp")) {
                ctx.error(n, "Unknown option " + w + " specified for lvs_timeouts");
                continue;
            }
            if (i == n.argCount()) {
                ctx.error(n, "No value specified for lvs_timeout " + w + " - ignoring");
                continue;
            }
            String value = n.arg(i);
            i++;
            OptionalLong v = GlobalArgs.unsigned(n, value, 0, LVS_MAX_TIMEOUT_SECONDS, ctx);
            if (v.isEmpty()) {
                ctx.error(n, "Invalid lvs_timeout " + w + " (" + value + ") - ignoring");
                continue;
            }
            Duration d = GlobalArgs.seconds(v.getAsLong());
            switch (w) {
                case "tcp" -> b.lvsTimeoutTcp = d;
                case "tcpfin" -> b.lvsTimeoutTcpFin = d;
                default -> b.lvsTimeoutUdp = d;
            }
        }
    }

    /** {@code lvs_sync_daemon IF [VRRP_INSTANCE [SYNC_ID]] [inst NAME] [id N] [maxlen N] [port N] [ttl N] [group IP]}. */
    private static void syncDaemon(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        if (b.lvsSyncDaemon != null) {
            LvsSyncDaemon s = b.lvsSyncDaemon;
            ctx.error(n, "lvs_sync_daemon has already been specified as " + s.interfaceName() + " "
                    + (s.vrrpInstance() != null ? s.vrrpInstance() : "") + " - ignoring");
            return;
        }
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "lvs_sync_daemon requires interface");
            return;
        }
        String ifname = n.arg(0);
        if (ifname.length() >= IP_VS_IFNAME_MAXLEN) {
            ctx.error(n, "lvs_sync_daemon interface name '" + ifname + "' too long - ignoring");
            return;
        }
        String inst = null;
        int syncId = LvsSyncDaemon.SYNC_ID_FROM_VRID;
        Integer maxLen = null;
        Integer port = null;
        Integer ttl = null;
        InetAddress group = null;
        for (int i = 2; i <= n.argCount(); i++) {
            String w = n.arg(i - 1);
            boolean last = i == n.argCount();
            switch (w) {
                case "inst" -> {
                    String v = GlobalArgs.required(n, i + 1, ctx);
                    if (v == null) {
                        return;
                    }
                    if (inst != null) {
                        ctx.error(n, "lvs_sync_daemon vrrp instance has already been specified as " + inst
                                + " - ignoring");
                    } else {
                        inst = v;
                    }
                    i++;
                }
                case "id" -> {
                    if (last) {
                        ctx.error(n, "No value specified for lvs_sync_daemon id, defaulting to vrid");
                        continue;
                    }
                    OptionalLong v = GlobalArgs.unsigned(n, n.arg(i), 0, 255, ctx);
                    if (v.isEmpty()) {
                        ctx.error(n, "Invalid syncid (" + n.arg(i) + ") - defaulting to vrid");
                    } else {
                        syncId = (int) v.getAsLong();
                    }
                    i++;
                }
                case "maxlen", "port", "ttl" -> {
                    if (last) {
                        ctx.error(n, "No value specified for lvs_sync_daemon " + w + " - ignoring");
                        continue;
                    }
                    long max = w.equals("maxlen") ? 65535 - 20 - 8 : w.equals("port") ? 65535 : 255;
                    OptionalLong v = GlobalArgs.unsigned(n, n.arg(i), 1, max, ctx);
                    if (v.isEmpty()) {
                        ctx.error(n, "Invalid lvs_sync_daemon " + w + " (" + n.arg(i) + ") - ignoring");
                    } else if (w.equals("maxlen")) {
                        maxLen = (int) v.getAsLong();
                    } else if (w.equals("port")) {
                        port = (int) v.getAsLong();
                    } else {
                        ttl = (int) v.getAsLong();
                    }
                    i++;
                }
                case "group" -> {
                    if (last) {
                        ctx.error(n, "No value specified for lvs_sync_daemon group - ignoring");
                        continue;
                    }
                    String a = n.arg(i);
                    int cut = a.indexOf('-') >= 0 ? a.indexOf('-') : a.indexOf('/');
                    InetAddress g = IpLiterals.parse(cut >= 0 ? a.substring(0, cut) : a);
                    if (g == null) {
                        ctx.error(n, "Invalid lvs_sync_daemon group (" + a + ") - ignoring");
                    } else if (!g.isMulticastAddress()) {
                        ctx.error(n, "lvs_sync_daemon group address " + a + " is not multicast - ignoring");
                    } else {
                        group = g;
                    }
                    i++;
                }
                default -> {
                    // The old form: lvs_sync_daemon IF VRRP_INSTANCE [SYNC_ID].
                    if (i == 2) {
                        inst = w;
                    } else if (i == 3) {
                        OptionalLong v = GlobalArgs.unsigned(n, w, 0, 255, ctx);
                        if (v.isEmpty()) {
                            ctx.error(n, "Invalid syncid (" + w + ") - defaulting to vrid");
                        } else {
                            ctx.error(n, "Please use keyword \"id\" before lvs_sync_daemon SYNCID");
                            syncId = (int) v.getAsLong();
                        }
                    } else {
                        ctx.error(n, "Unknown option " + w + " specified for lvs_sync_daemon");
                    }
                }
            }
        }
        b.lvsSyncDaemon = new LvsSyncDaemon(ifname, inst, syncId, maxLen, port, ttl, group, n.position());
    }
}
