package org.keepalived4j.config.build;

import java.util.OptionalLong;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * {@code real_server IP [PORT] { ... }}: keepalived's {@code alloc_rs}, the real-server keywords and its
 * {@code rs_end_handler}; the check blocks come from {@link CheckTables}.
 */
final class LvsRealServerTable {

    private static final long UINT_MAX = LvsVirtualServerTable.UINT_MAX;

    private final KeywordTable<LvsDrafts.Rs> table = new KeywordTable<>("real_server");

    LvsRealServerTable() {
        KeywordTable<LvsDrafts.Rs> t = table;
        t.add("weight", (rs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, LvsVirtualServerTable.WEIGHT_LIMIT, ctx);
            if (v.isPresent()) {
                rs.weight = v.getAsLong();
            } else if (n.argCount() >= 1) {
                ctx.error(n, "Real server weight " + n.arg(0) + " is outside range 0-"
                        + LvsVirtualServerTable.WEIGHT_LIMIT);
            }
        });
        t.add("lvs_method", (rs, n, ctx) -> rs.forwarding = LvsForwardingReader.read(n, rs.forwarding, "real", ctx));
        t.add("uthreshold", (rs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, UINT_MAX, ctx);
            if (v.isPresent()) {
                rs.upperThreshold = v.getAsLong();
            } else if (n.argCount() >= 1) {
                ctx.error(n, "Invalid real_server uthreshold '" + n.arg(0) + "' - ignoring");
            }
        });
        t.add("lthreshold", (rs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, UINT_MAX, ctx);
            if (v.isPresent()) {
                rs.lowerThreshold = v.getAsLong();
            } else if (n.argCount() >= 1) {
                ctx.error(n, "Invalid real_server lthreshold '" + n.arg(0) + "' - ignoring");
            }
        });
        t.add("inhibit_on_failure", (rs, n, ctx) -> {
            Boolean b = LvsArgs.flag(n, ctx, "Invalid inhibit_on_failure parameter ");
            if (b != null) {
                rs.inhibit = b;
            }
        });
        t.add("notify_up", (rs, n, ctx) -> {
            if (rs.notifyUp != null) {
                ctx.error(n, "(" + LvsArgs.cstr(rs.vs.groupName) + ") notify_up script already specified - ignoring "
                        + LvsArgs.cstr(LvsArgs.optWord(n, 1)));
            } else {
                rs.notifyUp = Scripts.fromNode(n, ctx, ScriptUse.CHECKER_NOTIFY);
            }
        });
        t.add("notify_down", (rs, n, ctx) -> {
            if (rs.notifyDown != null) {
                ctx.error(n, "(" + LvsArgs.cstr(rs.vs.groupName) + ") notify_down script already specified - ignoring "
                        + LvsArgs.cstr(LvsArgs.optWord(n, 1)));
            } else {
                rs.notifyDown = Scripts.fromNode(n, ctx, ScriptUse.CHECKER_NOTIFY);
            }
        });
        t.add("alpha", (rs, n, ctx) -> {
            Boolean b = LvsArgs.flag(n, ctx, "Invalid alpha parameter ");
            if (b != null) {
                rs.alpha = b;
            }
        });
        t.add("retry", (rs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 1, UINT_MAX, ctx);
            if (v.isPresent()) {
                rs.retry = v.getAsLong();
            } else {
                LvsVirtualServerTable.error(n, ctx, "retry value invalid - ", 1);
            }
        });
        t.add("delay_before_retry", (rs, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 0, 0,
                "real server delay_before_retry '%s' invalid - ignoring", v -> rs.delayBeforeRetryUs = v));
        t.add("warmup", (rs, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 0, 0,
                "real server warmup '%s' invalid - ignoring", v -> rs.warmupUs = v));
        t.add("connect_timeout", (rs, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 1, UINT_MAX,
                "real server connect_timeout %s invalid - ignoring", v -> rs.connectTimeoutUs = v));
        t.add("delay_loop", (rs, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 1, 0,
                "real server delay_loop '%s' invalid - ignoring", v -> rs.delayLoopUs = v));
        t.add("smtp_alert", (rs, n, ctx) -> {
            Boolean b = LvsArgs.flag(n, ctx, "Invalid real_server smtp_alert parameter ");
            if (b != null) {
                rs.smtpAlert = b;
            }
        });
        t.add("virtualhost", (rs, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "real server virtualhost missing");
            } else {
                rs.virtualhost = n.arg(0);
            }
        });
        t.add("snmp_name", (rs, n, ctx) -> {
            if (n.argCount() != 1) {
                ctx.error(n, "real server snmp_name missing or extra parameters");
            } else {
                rs.snmpName = n.arg(0);
            }
        });
        CheckTables.register(t);
    }

    /** The {@code real_server} handler for the virtual-server table. */
    void handle(LvsDrafts.Vs vs, ConfigNode node, BuildContext ctx) {
        String ip = LvsArgs.word(node, 1, ctx);
        if (ip == null) {
            return;
        }
        String port = LvsArgs.optWord(node, 2);
        java.net.InetSocketAddress a = LvsArgs.sockaddr(node, ip, port, ctx);
        if (a == null) {
            // keepalived skips the whole block
            ctx.error(node, "Invalid real server ip address/port " + ip + "/" + port + " - skipping");
            return;
        }
        LvsDrafts.Rs rs = new LvsDrafts.Rs(vs, node.position(), a);
        vs.realServers.add(rs);
        table.apply(rs, node.block(), ctx);
        end(vs, rs, node, ctx);
    }

    /** keepalived's {@code rs_end_handler}: the families must agree unless the real server is tunnelled. */
    private static void end(LvsDrafts.Vs vs, LvsDrafts.Rs rs, ConfigNode node, BuildContext ctx) {
        if (rs.forwarding != null && rs.forwarding.method() == ForwardingMethod.TUN) {
            return;
        }
        AddressFamily af = rs.family();
        if (vs.af == null) {
            vs.af = af;
        } else if (vs.af != af) {
            ctx.report(org.keepalived4j.config.ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "Address family of virtual server and real server " + LvsNames.address(rs.address.getAddress())
                            + " don't match - skipping real server.");
            vs.realServers.remove(rs);
        }
    }
}
