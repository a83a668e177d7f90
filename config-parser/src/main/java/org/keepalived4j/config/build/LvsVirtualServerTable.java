package org.keepalived4j.config.build;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.Scheduler;
import org.keepalived4j.config.model.lvs.ServiceFlag;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The keywords of a {@code virtual_server} block (keepalived's {@code init_check_keywords}, virtual-server level),
 * with keepalived's messages.
 */
final class LvsVirtualServerTable {

    /** keepalived's LVS_MAX_TIMEOUT: 31 days, in seconds. */
    static final long LVS_MAX_TIMEOUT_S = 86400L * 31;
    /** IPVS_SVC_PERSISTENT_TIMEOUT: 6 minutes. */
    static final long DEFAULT_PERSISTENCE_S = 360;
    /** IPVS_WEIGHT_LIMIT (INT32_MAX). */
    static final long WEIGHT_LIMIT = Integer.MAX_VALUE;
    static final long UINT_MAX = 0xFFFF_FFFFL;
    /** IP_VS_PENAME_MAXLEN. */
    private static final int PE_NAME_MAX = 16;

    private LvsVirtualServerTable() {
    }

    /** The table; {@code realServer} handles {@code real_server} blocks. */
    static KeywordTable<LvsDrafts.Vs> create(KeywordTable.Handler<LvsDrafts.Vs> realServer) {
        KeywordTable<LvsDrafts.Vs> t = new KeywordTable<>("virtual_server");
        t.add("ip_family", LvsVirtualServerTable::ipFamily);
        t.add("retry", (vs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 1, UINT_MAX, ctx);
            if (v.isEmpty()) {
                error(n, ctx, "retry value invalid - ", 1);
            } else {
                vs.retry = v.getAsLong();
            }
        });
        t.add("delay_before_retry", (vs, n, ctx) -> timer(n, ctx, 0, 0,
                "virtual server delay before retry '%s' invalid - ignoring", v -> vs.delayBeforeRetryUs = v));
        t.add("warmup", (vs, n, ctx) -> timer(n, ctx, 0, 0,
                "virtual server warmup '%s' invalid - ignoring", v -> vs.warmupUs = v));
        t.add("connect_timeout", (vs, n, ctx) -> timer(n, ctx, 1, UINT_MAX,
                "virtual server connect_timeout %s invalid - ignoring", v -> vs.connectTimeoutUs = v));
        t.add("delay_loop", (vs, n, ctx) -> timer(n, ctx, 1, 0,
                "virtual server delay loop '%s' invalid - ignoring", v -> vs.delayLoopUs = v));
        t.add("inhibit_on_failure", (vs, n, ctx) -> vs.inhibit = true);
        t.add("lb_algo", LvsVirtualServerTable::scheduler);
        t.add("lvs_sched", LvsVirtualServerTable::scheduler);
        for (String f : new String[] {"hashed", "ops", "flag-1", "flag-2", "flag-3", "sh-port", "sh-fallback",
                "mh-port", "mh-fallback"}) {
            t.add(f, LvsVirtualServerTable::schedulerFlag);
        }
        t.add("lb_kind", (vs, n, ctx) -> vs.forwarding = LvsForwardingReader.read(n, vs.forwarding, "virtual", ctx));
        t.add("lvs_method",
                (vs, n, ctx) -> vs.forwarding = LvsForwardingReader.read(n, vs.forwarding, "virtual", ctx));
        t.add("persistence_engine", (vs, n, ctx) -> {
            String w = LvsArgs.word(n, 1, ctx);
            if (w == null) {
                return;
            }
            if (w.length() > PE_NAME_MAX - 1) {
                ctx.error(n, "persistence_name too long, truncating - " + w);
                w = w.substring(0, PE_NAME_MAX - 1);
            }
            vs.persistenceEngine = w;
        });
        t.add("persistence_timeout", (vs, n, ctx) -> {
            if (n.argCount() < 1) {
                vs.persistenceTimeoutS = DEFAULT_PERSISTENCE_S;
                return;
            }
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 1, LVS_MAX_TIMEOUT_S, ctx);
            if (v.isEmpty()) {
                ctx.error(n, "persistence_timeout invalid");
            } else {
                vs.persistenceTimeoutS = v.getAsLong();
            }
        });
        t.add("persistence_granularity", LvsVirtualServerTable::granularity);
        t.add("protocol", (vs, n, ctx) -> {
            String w = LvsArgs.word(n, 1, ctx);
            if (w == null) {
                return;
            }
            Optional<Protocol> p = Protocol.fromKeyword(w);
            if (p.isEmpty()) {
                ctx.error(n, "Unknown protocol " + w + " - ignoring");
            } else {
                vs.protocol = p.get();
            }
        });
        t.add("ha_suspend", (vs, n, ctx) -> vs.haSuspend = true);
        t.add("smtp_alert", (vs, n, ctx) -> {
            Boolean b = LvsArgs.flag(n, ctx, "Invalid virtual_server smtp_alert parameter ");
            if (b != null) {
                vs.smtpAlert = b;
            }
        });
        t.add("virtualhost", (vs, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "virtual server virtualhost missing");
            } else {
                vs.virtualhost = n.arg(0);
            }
        });
        t.add("snmp_name", (vs, n, ctx) -> {
            if (n.argCount() != 1) {
                ctx.error(n, "virtual server snmp_name missing or extra parameters");
            } else {
                vs.snmpName = n.arg(0);
            }
        });
        t.add("alpha", (vs, n, ctx) -> vs.alpha = true);
        t.add("omega", (vs, n, ctx) -> vs.omega = true);
        t.add("quorum_up", (vs, n, ctx) -> {
            if (vs.quorumUp != null) {
                ctx.error(n, "(" + LvsArgs.cstr(vs.groupName) + ") quorum_up script already specified - ignoring "
                        + LvsArgs.cstr(LvsArgs.optWord(n, 1)));
            } else {
                vs.quorumUp = Scripts.fromNode(n, ctx, ScriptUse.CHECKER_NOTIFY);
            }
        });
        t.add("quorum_down", (vs, n, ctx) -> {
            if (vs.quorumDown != null) {
                ctx.error(n, "(" + LvsArgs.cstr(vs.groupName) + ") quorum_down script already specified - ignoring "
                        + LvsArgs.cstr(LvsArgs.optWord(n, 1)));
            } else {
                vs.quorumDown = Scripts.fromNode(n, ctx, ScriptUse.CHECKER_NOTIFY);
            }
        });
        t.add("quorum", (vs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 1, UINT_MAX, ctx);
            if (v.isEmpty()) {
                if (n.argCount() >= 1) {
                    ctx.error(n, "Quorum " + n.arg(0) + " must be in [1, " + UINT_MAX + "]. Setting to 1.");
                    vs.quorum = 1;
                }
            } else {
                vs.quorum = v.getAsLong();
            }
        });
        t.add("hysteresis", (vs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, UINT_MAX, ctx);
            if (v.isEmpty()) {
                if (n.argCount() >= 1) {
                    ctx.error(n, "Hysteresis " + n.arg(0) + " must be in [0, " + UINT_MAX + "] - ignoring");
                }
            } else {
                vs.hysteresis = v.getAsLong();
            }
        });
        t.add("weight", (vs, n, ctx) -> {
            OptionalLong v = LvsArgs.unsignedLong(n, 1, 1, WEIGHT_LIMIT, ctx);
            if (v.isEmpty()) {
                if (n.argCount() >= 1) {
                    ctx.error(n, "Virtual server weight " + n.arg(0) + " is outside range 1-" + WEIGHT_LIMIT);
                }
            } else {
                vs.weight = v.getAsLong();
            }
        });
        t.add("sorry_server", LvsVirtualServerTable::sorryServer);
        t.add("sorry_server_inhibit", (vs, n, ctx) -> {
            if (vs.sorry != null) {
                vs.sorry.inhibit = true;
            } else {
                ctx.error(n, "Ignoring sorry_server inhibit used before or without sorry_server");
            }
        });
        t.add("sorry_server_lvs_method", (vs, n, ctx) -> {
            if (vs.sorry != null) {
                vs.sorry.forwarding = LvsForwardingReader.read(n, vs.sorry.forwarding, "sorry", ctx);
            } else {
                ctx.error(n, "sorry_server forwarding used without sorry_server");
            }
        });
        t.addBlock("real_server", realServer);
        return t;
    }

    /** Reports {@code prefix + word} when the word exists (a missing word was reported already). */
    static void error(ConfigNode n, BuildContext ctx, String prefix, int index) {
        if (index <= n.argCount()) {
            ctx.error(n, prefix + n.arg(index - 1));
        }
    }

    /** Reads a timer; on a bad value reports {@code format} with the word (when there is one). */
    static void timer(ConfigNode n, BuildContext ctx, long minUs, long maxUs, String format,
                      java.util.function.LongConsumer set) {
        OptionalLong v = LvsArgs.timerUs(n, 1, minUs, maxUs, ctx);
        if (v.isPresent()) {
            set.accept(v.getAsLong());
        } else if (n.argCount() >= 1) {
            ctx.error(n, format.formatted(n.arg(0)));
        }
    }

    private static void ipFamily(LvsDrafts.Vs vs, ConfigNode n, BuildContext ctx) {
        String w = LvsArgs.word(n, 1, ctx);
        if (w == null) {
            return;
        }
        AddressFamily af;
        if (w.equals("inet")) {
            af = AddressFamily.INET;
        } else if (w.equals("inet6")) {
            af = AddressFamily.INET6;
        } else {
            ctx.error(n, "unknown address family " + w);
            return;
        }
        if (vs.af != null && vs.af != af) {
            ctx.error(n, "Virtual server specified family " + w + " conflicts with server family");
            return;
        }
        vs.af = af;
    }

    private static void scheduler(LvsDrafts.Vs vs, ConfigNode n, BuildContext ctx) {
        String w = LvsArgs.word(n, 1, ctx);
        if (w == null) {
            return;
        }
        Optional<Scheduler> s = Scheduler.fromKeyword(w);
        if (s.isEmpty()) {
            ctx.error(n, "Invalid lvs_scheduler '" + w + "' - ignoring");
        } else {
            vs.scheduler = s.get();
        }
    }

    private static void schedulerFlag(LvsDrafts.Vs vs, ConfigNode n, BuildContext ctx) {
        String k = n.keyword();
        switch (k) {
            case "ops" -> vs.flags.add(ServiceFlag.ONE_PACKET);
            case "flag-1" -> vs.flags.add(ServiceFlag.SCHED1);
            case "flag-2" -> vs.flags.add(ServiceFlag.SCHED2);
            case "flag-3" -> vs.flags.add(ServiceFlag.SCHED3);
            default -> {
                // keepalived compares the scheduler set so far: the flag must come after lb_algo
                if (vs.scheduler == Scheduler.SH) {
                    if (k.equals("sh-port")) {
                        vs.flags.add(ServiceFlag.SCHED2);
                    } else if (k.equals("sh-fallback")) {
                        vs.flags.add(ServiceFlag.SCHED1);
                    }
                } else if (vs.scheduler == Scheduler.MH) {
                    if (k.equals("mh-port")) {
                        vs.flags.add(ServiceFlag.SCHED2);
                    } else if (k.equals("mh-fallback")) {
                        vs.flags.add(ServiceFlag.SCHED1);
                    }
                } else {
                    ctx.error(n, k + " only applies to sh scheduler - ignoring");
                }
            }
        }
    }

    private static void granularity(LvsDrafts.Vs vs, ConfigNode n, BuildContext ctx) {
        String w = LvsArgs.word(n, 1, ctx);
        if (w == null) {
            return;
        }
        AddressFamily af = vs.af != null ? vs.af : w.indexOf('.') >= 0 ? AddressFamily.INET : AddressFamily.INET6;
        if (af == AddressFamily.INET6) {
            OptionalInt v = Numbers.readUnsigned(ctx, n.position(), w, 1, 128);
            if (v.isEmpty()) {
                ctx.error(n, "Invalid IPv6 persistence_granularity specified - " + w);
                return;
            }
            vs.persistenceGranularity = v.getAsInt();
        } else {
            java.net.InetAddress mask = w.indexOf(':') >= 0 ? null : LvsArgs.ip(w);
            if (mask == null) {
                ctx.error(n, "Invalid IPv4 persistence_granularity specified - " + w);
                return;
            }
            byte[] b = mask.getAddress();
            vs.persistenceGranularity = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
        }
        if (vs.af == null) {
            vs.af = af;
        }
        if (vs.persistenceTimeoutS == 0) {
            vs.persistenceTimeoutS = DEFAULT_PERSISTENCE_S;
        }
    }

    private static void sorryServer(LvsDrafts.Vs vs, ConfigNode n, BuildContext ctx) {
        String ip = LvsArgs.word(n, 1, ctx);
        if (ip == null) {
            return;
        }
        java.net.InetSocketAddress a = LvsArgs.sockaddr(n, ip, LvsArgs.optWord(n, 2), ctx);
        if (a == null) {
            ctx.error(n, "Invalid sorry server IP address " + ip + " - skipping");
            return;
        }
        vs.sorry = new LvsDrafts.Sorry(n.position(), a, vs.forwarding);
    }
}
