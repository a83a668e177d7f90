package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The check blocks of a {@code real_server} (keepalived's {@code install_checkers_keyword}) and the keywords every
 * check shares ({@code install_checker_common_keywords}).
 */
final class CheckTables {

    private static final long UINT_MAX = LvsVirtualServerTable.UINT_MAX;
    /** IFNAMSIZ - 1. */
    private static final int IFNAME_MAX = 15;

    private CheckTables() {
    }

    /** Adds every check block keyword to the real-server table. */
    static void register(KeywordTable<LvsDrafts.Rs> rsTable) {
        KeywordTable<CheckDrafts.Tcp> tcp = new KeywordTable<>("TCP_CHECK");
        addCommon(tcp, true);
        rsTable.addBlock("TCP_CHECK", block(tcp, CheckDrafts.Tcp::new, true, CheckTables::connectionEnd));

        KeywordTable<CheckDrafts.Ping> ping = new KeywordTable<>("PING_CHECK");
        addCommon(ping, true);
        rsTable.addBlock("PING_CHECK", block(ping, CheckDrafts.Ping::new, true, CheckTables::connectionEnd));

        CheckHttpTable.register(rsTable);
        CheckOtherTables.register(rsTable);
        rsTable.supportedLater("BFD_CHECK", "BFD");
    }

    /** What runs at the end of a check block; false drops the check. */
    @FunctionalInterface
    interface End<T extends CheckDrafts.Base> {
        boolean end(T check, ConfigNode node, BuildContext ctx);
    }

    /** A check block handler: make the draft, read the block, run the end handler, keep the check if it passes. */
    static <T extends CheckDrafts.Base> KeywordTable.Handler<LvsDrafts.Rs> block(
            KeywordTable<T> table, Function<SourcePosition, T> factory, boolean withConnection, End<T> end) {
        return (rs, node, ctx) -> {
            T check = factory.apply(node.position());
            check.rs = rs;
            if (withConnection) {
                check.conn = LvsDrafts.Conn.toRealServer(rs);
            }
            table.apply(check, node.block(), ctx);
            if (end.end(check, node, ctx)) {
                rs.checks.add(check);
            }
        };
    }

    /** The usual end: keepalived's {@code check_conn_opts}. */
    static <T extends CheckDrafts.Base> boolean connectionEnd(T check, ConfigNode node, BuildContext ctx) {
        return checkConnection(check.conn, node, ctx);
    }

    /** keepalived's {@code check_conn_opts}: an IPv6 link-local destination needs {@code bind_if}. */
    static boolean checkConnection(LvsDrafts.Conn c, ConfigNode node, BuildContext ctx) {
        if (c.dst != null && LvsNames.linkLocal(c.dst) && c.bindIf == null) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "Checker link local address " + LvsNames.address(c.dst) + " requires a bind_if");
            return false;
        }
        return true;
    }

    /** The keywords every (periodic) check has; with {@code connection} also the socket keywords. */
    static <T extends CheckDrafts.Base> void addCommon(KeywordTable<T> t, boolean connection) {
        if (connection) {
            t.add("connect_ip", CheckTables::connectIp);
            t.add("connect_port", (c, n, ctx) -> {
                OptionalInt v = LvsArgs.unsigned(n, 1, 1, 65535, ctx);
                if (v.isPresent()) {
                    c.conn.dstPort = v.getAsInt();
                } else {
                    quoted(n, ctx, "Invalid checker connect_port '%s'");
                }
            });
            t.add("bindto", CheckTables::bindTo);
            t.add("bind_port", (c, n, ctx) -> {
                OptionalInt v = LvsArgs.unsigned(n, 1, 1, 65535, ctx);
                if (v.isPresent()) {
                    c.conn.bindPort = v.getAsInt();
                } else {
                    quoted(n, ctx, "Invalid checker bind_port '%s'");
                }
            });
            t.add("bind_if", (c, n, ctx) -> {
                String w = LvsArgs.word(n, 1, ctx);
                if (w == null) {
                    return;
                }
                if (w.length() > IFNAME_MAX) {
                    ctx.error(n, "Interface name " + w + " is too long - ignoring");
                } else {
                    c.conn.bindIf = w;
                }
            });
            t.add("connect_timeout", (c, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 1, UINT_MAX,
                    "connect_timeout %s invalid - ignoring", v -> c.conn.timeoutUs = v));
            t.add("fwmark", (c, n, ctx) -> {
                OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, UINT_MAX, ctx);
                if (v.isPresent()) {
                    c.conn.fwmark = v.getAsLong();
                } else {
                    quoted(n, ctx, "Invalid fwmark connection value '%s'");
                }
            });
        }
        t.add("retry", (c, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, UINT_MAX, ctx);
            if (v.isPresent()) {
                c.retry = v.getAsLong();
            } else {
                quoted(n, ctx, "Invalid retry connection value '%s'");
            }
        });
        t.add("delay_before_retry", (c, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 0, 0,
                "Invalid delay_before_retry connection value '%s'", v -> c.delayBeforeRetryUs = v));
        t.add("warmup", (c, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 0, 0,
                "Invalid warmup connection value '%s'", v -> c.warmupUs = v));
        t.add("delay_loop", (c, n, ctx) -> LvsVirtualServerTable.timer(n, ctx, 1, 0,
                "delay_loop '%s' is invalid - ignoring", v -> c.delayLoopUs = v));
        t.add("alpha", (c, n, ctx) -> {
            Boolean b = LvsArgs.flag(n, ctx, "Invalid alpha parameter ");
            if (b != null) {
                c.alpha = b;
            }
        });
        t.add("log_all_failures", (c, n, ctx) -> {
            Boolean b = LvsArgs.flag(n, ctx, "Invalid log_all_failures parameter ");
            if (b != null) {
                c.logAllFailures = b;
            }
        });
    }

    /** Reports {@code format} with the first word, when there is one (a missing one was reported). */
    static void quoted(ConfigNode n, BuildContext ctx, String format) {
        if (n.argCount() >= 1) {
            ctx.error(n, format.formatted(n.arg(0)));
        }
    }

    private static void connectIp(CheckDrafts.Base c, ConfigNode n, BuildContext ctx) {
        String w = LvsArgs.word(n, 1, ctx);
        if (w == null) {
            return;
        }
        InetAddress a = LvsArgs.ip(LvsArgs.stripRange(w));
        if (a == null) {
            ctx.error(n, "Invalid connect_ip address " + w + " - ignoring");
            return;
        }
        if (c.conn.bindAddress != null && AddressFamily.of(c.conn.bindAddress) != AddressFamily.of(a)) {
            ctx.error(n, "connect_ip address " + w + " does not match address family of bindto - skipping");
            c.conn.dst = null;
            return;
        }
        c.conn.dst = a;
    }

    private static void bindTo(CheckDrafts.Base c, ConfigNode n, BuildContext ctx) {
        String w = LvsArgs.word(n, 1, ctx);
        if (w == null) {
            return;
        }
        InetAddress a = LvsArgs.ip(LvsArgs.stripRange(w));
        if (a == null) {
            ctx.error(n, "Invalid bindto address " + w + " - ignoring");
            return;
        }
        if (c.conn.dst != null && AddressFamily.of(c.conn.dst) != AddressFamily.of(a)) {
            ctx.error(n, "bindto address " + w + " does not match address family of connect_ip - skipping");
            c.conn.bindAddress = null;
            return;
        }
        c.conn.bindAddress = a;
    }
}
